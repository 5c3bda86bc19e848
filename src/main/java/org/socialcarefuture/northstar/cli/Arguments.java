package org.socialcarefuture.northstar.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Options ({@code --name value}), flags ({@code --drafts}) and positional words, checked against what a command accepts. */
record Arguments(Map<String, String> values, Set<String> flags, List<String> positional) {

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static Arguments parse(List<String> args, List<String> options, List<String> flagNames) throws UsageException {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (options.contains(name)) {
                if (arg.contains("=")) {
                    values.put(name, arg.substring(arg.indexOf('=') + 1));
                } else if (i + 1 < args.size()) {
                    values.put(name, args.get(++i));
                } else {
                    throw new UsageException(name + " needs a value");
                }
            } else if (flagNames.contains(arg)) {
                flags.add(arg);
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            } else {
                positional.add(arg);
            }
        }
        return new Arguments(values, flags, positional);
    }

    String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name) || flags.contains(name);
    }
}
