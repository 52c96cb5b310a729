/**
 * The interviewkit hiring model: immutable role profiles with their question banks and rubrics,
 * the one document codec every kind of document uses (JSON and YAML), and the content-pack SPI.
 */
module io.github.interviewkit.model {
    requires static org.immutables.value.annotations;
    requires transitive org.jspecify;
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;

    exports io.github.interviewkit.model;
    exports io.github.interviewkit.model.io;
    exports io.github.interviewkit.model.spi;

    uses io.github.interviewkit.model.spi.ContentPack;
}
