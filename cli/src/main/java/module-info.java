/**
 * The interviewkit command line: {@code interviewkit validate}, {@code schema}, {@code render},
 * {@code plan}, {@code score}, {@code import} and {@code analyse}, built with picocli over the exported API of the library's
 * modules. An application: its one exported type is {@link io.github.interviewkit.cli.Main}, and no
 * module depends on it. The bundled Backend Architect kit is found at run time, as any installed
 * content pack is.
 */
module io.github.interviewkit.cli {
    requires io.github.interviewkit.model;
    requires io.github.interviewkit.scoring;
    requires io.github.interviewkit.analytics;
    requires io.github.interviewkit.planning;
    requires io.github.interviewkit.render;
    requires io.github.interviewkit.interop;
    requires info.picocli;
    requires org.apache.commons.csv;

    exports io.github.interviewkit.cli;

    // picocli reads the commands' annotations and sets their fields reflectively.
    opens io.github.interviewkit.cli to info.picocli;
}
