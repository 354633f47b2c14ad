import { api } from "lwc";
import AccordPlanList from "c/accordPlanList";
import { bySequenceThenKey } from "c/accordPlanView";

/** Company and customer commitments of one initiative side by side (stacked on a phone). */
export default class AccordCommitmentList extends AccordPlanList {
  @api initiative;
  @api permissions = {};
  @api progressEditable = false;

  addingParty = null;

  get columns() {
    const commitments = [...this.initiative.commitments].sort(bySequenceThenKey);
    return [
      { party: "Company", heading: this.labels.Commitment_Company },
      { party: "Customer", heading: this.labels.Commitment_Customer }
    ].map((column) => {
      const rows = commitments.filter((commitment) => commitment.party === column.party);
      return {
        ...column,
        dataId: `commitments-${column.party.toLowerCase()}`,
        addId: `commitment-add-${column.party.toLowerCase()}`,
        rows,
        isEmpty: rows.length === 0,
        isAdding: this.addingParty === column.party,
        showAdd: this.editable && this.addingParty !== column.party
      };
    });
  }

  handleAdd(event) {
    this.addingParty = event.target.dataset.party;
  }

  handleAddSave(event) {
    this.addingParty = null;
    this.dispatchEvent(
      new CustomEvent("commitmentadd", { detail: { initiativeKey: this.initiative.key, fields: event.detail.fields } })
    );
  }

  handleAddCancel() {
    this.addingParty = null;
  }

  @api
  focusRecord(key) {
    const item = this.template.querySelector(`c-accord-commitment-item[data-key="${key}"]`);
    if (item) item.focusRecord();
  }
}
