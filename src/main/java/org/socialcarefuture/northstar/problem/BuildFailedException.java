package org.socialcarefuture.northstar.problem;

import java.util.List;

/** Thrown when a bake found errors: the site was not published and the previous one is kept. */
public final class BuildFailedException extends Exception {

    private final List<Problem> problems;

    public BuildFailedException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder text = new StringBuilder();
        text.append(errors).append(errors == 1 ? " error" : " errors")
                .append(": the site was not published and the previous build is unchanged");
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append(problem);
        }
        return text.toString();
    }
}
