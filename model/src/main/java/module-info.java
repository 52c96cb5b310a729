/**
 * The interviewkit hiring model: immutable role profiles with their question banks and rubrics,
 * reading and writing them as JSON or YAML, and the content-pack SPI.
 */
module io.github.interviewkit.model {
    requires static org.immutables.value.annotations;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires java.logging;

    exports io.github.interviewkit.model;
    exports io.github.interviewkit.model.io;
    // Shared implementation for interviewkit's own modules; not API.
    exports io.github.interviewkit.model.internal to io.github.interviewkit.scoring;

    // Hibernate Validator reads the constrained accessors reflectively.
    opens io.github.interviewkit.model to org.hibernate.validator;

    // The content-pack SPI: content modules provide ContentPack, ContentPacks discovers them.
    exports io.github.interviewkit.model.spi;
    uses io.github.interviewkit.model.spi.ContentPack;
}
