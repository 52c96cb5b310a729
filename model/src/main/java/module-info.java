/**
 * The interviewkit hiring model: immutable role profiles with their question banks and rubrics,
 * the one document codec every kind of document uses (JSON and YAML), and the content-pack SPI.
 */
module io.github.interviewkit.model {
    requires static org.immutables.value.annotations;
    requires static org.jspecify;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;

    exports io.github.interviewkit.model;
    exports io.github.interviewkit.model.io;
    exports io.github.interviewkit.model.spi;
    // The documented handful interviewkit's own value modules share (ARCHITECTURE.md): the Immutables
    // style and the content ids of enum constants. Not API.
    exports io.github.interviewkit.model.internal to io.github.interviewkit.scoring;

    // Hibernate Validator reads the constrained accessors reflectively.
    opens io.github.interviewkit.model to org.hibernate.validator;

    uses io.github.interviewkit.model.spi.ContentPack;
}
