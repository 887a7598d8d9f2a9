package dev.vyoslab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs scenarios one after the other ({@link ScenarioRun}), restoring the line after each before the next. */
public final class ScenarioRunner {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.scenario");

    private final CheckRunner checks;

    public ScenarioRunner(CheckRunner checks) {
        this.checks = checks;
    }

    /** {@code onStep} hears each step as it ends. */
    public List<ScenarioResult> run(List<Scenario> scenarios, Consumer<ScenarioResult.Step> onStep) {
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            if (s.notApplicable().isPresent()) {
                LOG.info("{}: not applicable: {}", s.name(), s.notApplicable().get());
                results.add(new ScenarioResult(s.name(), s.title(), s.notApplicable(), List.of()));
                continue;
            }
            results.add(new ScenarioResult(s.name(), s.title(), s.notApplicable(), steps(s, onStep)));
        }
        return results;
    }

    private List<ScenarioResult.Step> steps(Scenario s, Consumer<ScenarioResult.Step> onStep) {
        List<ScenarioResult.Step> done = new ArrayList<>();
        ScenarioRun run = new ScenarioRun(s, checks);
        try {
            for (Scenario.Step step : s.steps()) {
                ScenarioResult.Step r = run.step(step);
                done.add(r);
                onStep.accept(r);
            }
        } finally {
            run.restore();
        }
        return done;
    }
}
