package io.tradewire.config;

import io.tradewire.config.cli.BenchCommand;
import io.tradewire.config.cli.DemoCommand;
import io.tradewire.config.cli.KeysCommand;
import io.tradewire.config.cli.Mt5BenchCommand;
import io.tradewire.config.cli.Mt5DemoCommand;
import io.tradewire.config.cli.Mt5StandInCommand;
import io.tradewire.config.cli.ParseCommand;
import io.tradewire.config.cli.ServeCommand;
import io.tradewire.config.cli.TokenCommand;
import io.tradewire.config.runtime.DataDir;
import io.tradewire.config.runtime.JwtSecret;
import io.tradewire.nlp.Parsers;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/** The one runnable jar: {@code serve} (default), {@code demo}, {@code parse}, {@code token},
 * {@code bench}, {@code keys}, {@code mt5-standin}. */
public final class Main {
    static final String USAGE = """
            usage: java -jar tradewire.jar [command]
              serve                     run the service (the default): API on :8080, /health, /prometheus
              demo [--venue paper|mt5]  a self-contained run on a fresh data folder, with a summary;
                                        --venue mt5 sends a forex and a gold signal through the MT5
                                        bridge to a stand-in terminal and prints the fills
              parse [--explain]         JSON Lines {"id","text"} on stdin -> {"id","signal"} on stdout;
                                        --explain adds "evidence": the span each field was read from
              token --role admin|user --subject NAME [--days N]
                                        print a signed API token
              bench fanout --followers N --venue-latency-ms L [--venue sim|xchange]
                                        one signal to N followers on a venue answering after L ms
                                        (xchange: Binance through XChange, against a local exchange);
                                        the last line is a JSON object of the timings
              keys rotate-master        re-seal every stored exchange key under a new master key
                                        (TRADEWIRE_NEW_MASTER_KEY, or generated); stop the service first
              bench mt5 [--orders N]    the round trip of one order through the MT5 bridge
              mt5-standin --connect tcp://HOST:PORT --token LINK_TOKEN [--mode hedging|netting]
                          [--balance N] [--server-key Z85] [--state FILE]
                                        a stand-in MT5 terminal (simulated account) for the bridge
              help                      this text""";

    private Main() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "serve" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        if (!command.equals("serve")) {
            // stdout belongs to the command's output; logs go to stderr
            System.setProperty("tradewire.log.target", "System.err");
            if (System.getenv("TRADEWIRE_LOG_LEVEL") == null) {
                System.setProperty("TRADEWIRE_LOG_LEVEL", "WARN");
            }
        }
        switch (command) {
            case "serve" -> ServeCommand.run();
            case "demo" -> System.exit(demo(rest));
            case "parse" -> System.exit(ParseCommand.fromArgs(Parsers.standard(), rest, System.err)
                    .map(c -> c.run(System.in, System.out)).orElse(2));
            case "token" -> System.exit(new TokenCommand(JwtSecret.resolve(DataDir.resolve()), Clock.systemUTC())
                    .run(rest, System.out, System.err));
            case "bench" -> System.exit(!rest.isEmpty() && rest.get(0).equals("mt5")
                    ? new Mt5BenchCommand(System.out, System.err).run(rest.subList(1, rest.size()))
                    : new BenchCommand(System.out, System.err).run(rest));
            case "mt5-standin" -> System.exit(new Mt5StandInCommand(System.out, System.err).run(rest));
            case "keys" -> System.exit(new KeysCommand(System.out, System.err).run(rest, DataDir.resolve()));
            case "help", "--help", "-h" -> System.out.println(USAGE);
            default -> {
                System.err.println("unknown command '" + command + "'");
                System.err.println(USAGE);
                System.exit(2);
            }
        }
    }

    /** {@code demo} on the paper venue (the default) or through the MT5 bridge. */
    static int demo(List<String> args) {
        if (args.isEmpty() || args.equals(List.of("--venue", "paper"))) {
            return new DemoCommand(System.out).run();
        }
        if (args.equals(List.of("--venue", "mt5"))) {
            return new Mt5DemoCommand(System.out).run();
        }
        System.err.println("demo: expected no options or --venue paper|mt5, got " + String.join(" ", args));
        return 2;
    }
}
