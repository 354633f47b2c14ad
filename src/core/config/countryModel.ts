/**
 * The KAM model a country gets from its readiness (Country_Setting__mdt.Kam_Readiness__c): what the plan screens
 * show and ask for there. Mirrored by Apex (rules/AccordCountryModel.cls), vectors in spec/country-model.json.
 *
 * Rules:
 * - The country (ISO 3166 alpha-2, case-insensitive; null: none) selects its Country_Setting; without one the
 *   global model applies: readiness null, the Full model, no pull-through strategy, the default review cadence.
 * - Established and Developing countries get the Full model; Not ready countries get the Light model.
 * - Light model: a first plan asks for less. The plan-health checks in LIGHT_MODEL_SKIPPED_CHECKS do not apply
 *   (who raised each need, linking committed needs to initiatives, owners and due dates of every commitment), and
 *   the plan focuses on at most LIGHT_MODEL_MAX_INITIATIVES initiatives instead of RECOMMENDED_MAX_INITIATIVES.
 * - The customer's signature is required before Agreed in every model: the plan is co-signed by both sides
 *   whatever the country's readiness (a lighter model asks for less work, never for less agreement).
 * - Pull-through strategy: the country's text (guidance shown on the Initiatives section); review cadence: the
 *   country's, else DEFAULT_REVIEW_CADENCE_MONTHS (the cadences drive check-in and assessment due dates).
 */
import type { AccordConfiguration } from "../contract";
import type { KamReadiness } from "../values";
import { RECOMMENDED_MAX_INITIATIVES } from "../scores/planHealth";
import { DEFAULT_REVIEW_CADENCE_MONTHS } from "./archetypes";
import { fail, requireArray, requireObject } from "../input";

export const LIGHT_MODEL_MAX_INITIATIVES = 3;
/** Plan-health check codes (scores/planHealth.ts) that do not apply in the Light model. */
export const LIGHT_MODEL_SKIPPED_CHECKS = ["NEEDS_RAISED_BY", "NEEDS_LINKED", "COMMITMENTS_OWNED"] as const;

export interface CountryKamModel {
  countryCode: string | null;
  readiness: KamReadiness | null;
  model: "Full" | "Light";
  skippedHealthChecks: string[];
  maxInitiatives: number;
  customerSignatureRequired: boolean;
  pullThroughStrategy: string;
  reviewCadenceMonths: number;
  reviewCadenceSource: "Country" | "Default";
}

export function countryKamModel(config: AccordConfiguration, countryCode: string | null): CountryKamModel {
  requireObject(config, "configuration");
  const countries = requireArray(config.countries, "countries");
  let code: string | null = null;
  if (countryCode !== null && countryCode !== undefined) {
    code = typeof countryCode === "string" ? countryCode.trim().toUpperCase() : "";
    if (!/^[A-Z]{2}$/.test(code)) {
      fail(
        "INVALID_COUNTRY_CODE",
        `countryCode must be a two-letter ISO 3166 code such as "DE" (got ${JSON.stringify(countryCode)}).`
      );
    }
  }
  const country = code === null ? undefined : countries.find((c) => c.countryCode === code);
  const light = country !== undefined && country.kamReadiness === "Not ready";
  return {
    countryCode: code,
    readiness: country ? country.kamReadiness : null,
    model: light ? "Light" : "Full",
    skippedHealthChecks: light ? [...LIGHT_MODEL_SKIPPED_CHECKS] : [],
    maxInitiatives: light ? LIGHT_MODEL_MAX_INITIATIVES : RECOMMENDED_MAX_INITIATIVES,
    customerSignatureRequired: true,
    pullThroughStrategy:
      country && typeof country.pullThroughStrategy === "string" ? country.pullThroughStrategy.trim() : "",
    reviewCadenceMonths:
      country && country.reviewCadenceMonths ? country.reviewCadenceMonths : DEFAULT_REVIEW_CADENCE_MONTHS,
    reviewCadenceSource: country && country.reviewCadenceMonths ? "Country" : "Default"
  };
}
