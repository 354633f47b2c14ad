import java.nio.file.Path;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.rule.RulePriority;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;

/** Runs PMD 7 (from the PMD engine's jars) on a folder; prints one tab-separated line per problem. */
public class PmdCheck {
  public static void main(String[] args) {
    PMDConfiguration config = new PMDConfiguration();
    config.addRuleSet(args[0]);
    for (int i = 1; i < args.length; i++) config.addInputPath(Path.of(args[i]));
    config.setMinimumPriority(RulePriority.LOW);
    try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
      Report report = pmd.performAnalysisAndCollectReport();
      for (RuleViolation v : report.getViolations()) {
        System.out.println("VIOLATION\t" + v.getFileId().getOriginalPath() + "\t" + v.getBeginLine() + "\t"
            + v.getRule().getName() + "\t" + v.getDescription().replace('\n', ' '));
      }
      for (Report.ProcessingError e : report.getProcessingErrors()) {
        System.out.println("ERROR\t" + e.getFileId().getOriginalPath() + "\t1\tProcessingError\t" + e.getMsg().replace('\n', ' '));
      }
      for (Report.ConfigurationError e : report.getConfigurationErrors()) {
        System.out.println("ERROR\t" + args[0] + "\t1\tConfigurationError\t" + e.issue());
      }
    }
  }
}
