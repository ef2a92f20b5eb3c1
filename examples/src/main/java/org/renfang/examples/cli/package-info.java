/**
 * The {@code renfang} command line (README "Command line"), built with picocli:
 * {@code demo}, {@code check}, {@code validate}, {@code permit}, {@code rating},
 * {@code label keygen|issue|read} and {@code generate}.
 *
 * <p>Exit codes: 0 for a valid report or a VALID label, 1 for a report with an ERROR or a label
 * that is not VALID, 2 for a usage error or a file that cannot be read. stdout carries only the
 * result (text grouped by severity, coloured on a terminal, in zh-CN or en; or JSON); failures
 * are one line on stderr; progress shows on stderr only when it is a terminal.
 *
 * <p>Embedding or testing it in-process, with a fixed clock:
 * <pre>{@code
 * CliEnvironment env = CliEnvironment.of(Clock.fixed(instant, zone), Locale.ENGLISH, Path.of("."));
 * CommandLine cl = RenfangCommand.commandLine(env);
 * StringWriter out = new StringWriter();
 * cl.setOut(new PrintWriter(out, true));
 * int exit = cl.execute("check", "--profile", "CN-31", "--format", "json", "registry.json");
 * }</pre>
 */
package org.renfang.examples.cli;
