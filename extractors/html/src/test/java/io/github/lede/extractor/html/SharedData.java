package io.github.lede.extractor.html;

import java.nio.file.Path;

/** Where the shared corpus and data sets are: {@code lede.shared.dir}, else {@code ../shared} from the project root. */
final class SharedData {

    private SharedData() {
    }

    static Path dir() {
        String p = System.getProperty("lede.shared.dir");
        return p != null ? Path.of(p) : Path.of("../../../shared");
    }
}
