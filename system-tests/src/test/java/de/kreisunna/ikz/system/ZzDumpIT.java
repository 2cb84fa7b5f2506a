package de.kreisunna.ikz.system;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SystemStack.class)
class ZzDumpIT {
    @Test
    void dump() throws Exception {
        for (String s : List.of("membership-service", "costing-service", "support-service")) {
            String doc = given().get(SystemStack.stack().serviceUrl(s) + "/q/openapi?format=json").asString();
            Files.writeString(Path.of("/tmp/explore/" + s + ".json"), doc);
        }
    }
}
