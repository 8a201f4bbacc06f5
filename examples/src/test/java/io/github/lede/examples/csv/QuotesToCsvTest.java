package io.github.lede.examples.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.lede.examples.Captured;
import io.github.lede.examples.TestArticles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesToCsvTest {

    @TempDir
    Path folder;

    @Test
    void writesOneRowPerQuoteAndReportsTheBadFileWithoutStopping() throws Exception {
        Files.writeString(folder.resolve("harbour-bridge.txt"), TestArticles.text(TestArticles.HARBOUR_BRIDGE));
        Files.createDirectory(folder.resolve("culture"));
        Files.writeString(folder.resolve("culture/river-festival.txt"), TestArticles.text(TestArticles.RIVER_FESTIVAL));
        // a PNG named like a page: sorted before the articles, and not one
        Files.write(folder.resolve("a-photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
                0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1});

        Captured run = Captured.run((out, err) -> QuotesToCsv.run(new String[] {folder.toString()}, out, err));

        assertEquals(1, run.code(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("a-photo.txt: no extractor supports image/png"), run.err());
        assertTrue(run.out().startsWith("file,quote_id,type,speaker,speaker_entity,cue,text,confidence\n"), run.out());

        // cells are quoted only where CSV needs it
        assertTrue(run.out().contains("\nculture/river-festival.txt,Q5,INDIRECT,Daniel Moreau,E2,said,"
                + "extra officers would patrol the bridges during the parade,0.85\n"
                + "culture/river-festival.txt,Q6,DIRECT,Daniel Moreau,E2,told,\"We want families to enjoy the evening,"
                + " and we will close the quay to traffic from six o'clock,\",0.95\n"), run.out());
        List<QuoteRow> rows = read(run.out());
        assertEquals(15, rows.size(), rows::toString);
        // the subfolder's file comes first: "culture/..." sorts before "harbour-..."
        assertEquals(List.of(
                // the lead's trailing attribution has no named speaker: an empty entity cell
                new QuoteRow("culture/river-festival.txt", "Q1", "INDIRECT", "organisers", "", "announced",
                        "The river festival will return to the old port this summer after two years in which it was"
                                + " cancelled for lack of money", 0.68),
                new QuoteRow("culture/river-festival.txt", "Q2", "INDIRECT", "Anna Brandt", "E1", "said",
                        "ticket sales had already passed those of the last edition", 0.85),
                new QuoteRow("culture/river-festival.txt", "Q3", "DIRECT", "Anna Brandt", "E1", "said",
                        "People have been asking us every week when the boats are coming back,", 0.95),
                new QuoteRow("culture/river-festival.txt", "Q4", "INDIRECT", "Anna Brandt", "E1", "said",
                        "the programme would include a night parade of lit boats and concerts on the quay", 0.8),
                new QuoteRow("culture/river-festival.txt", "Q5", "INDIRECT", "Daniel Moreau", "E2", "said",
                        "extra officers would patrol the bridges during the parade", 0.85),
                new QuoteRow("culture/river-festival.txt", "Q6", "DIRECT", "Daniel Moreau", "E2", "told",
                        "We want families to enjoy the evening, and we will close the quay to traffic from six"
                                + " o'clock,", 0.95),
                new QuoteRow("culture/river-festival.txt", "Q7", "INDIRECT", "Daniel Moreau", "E2", "added",
                        "visitors should leave their cars at home and use the shuttle buses", 0.85)),
                rows.subList(0, 7));
        assertEquals(List.of("Elena Varga", "Elena Varga", "Elena Varga", "Tomas Lindqvist", "Tomas Lindqvist",
                "Tomas Lindqvist", "Maria Okafor", "Maria Okafor"),
                rows.subList(7, 15).stream().map(QuoteRow::speaker).toList());
        assertEquals(new QuoteRow("harbour-bridge.txt", "Q8", "DIRECT", "Maria Okafor", "E4", "said",
                "This is the most expensive answer to the question,", 0.95), rows.get(14));
    }

    @Test
    void writesToTheOutputFileWhenOneIsGiven() throws Exception {
        Path pages = Files.createDirectory(folder.resolve("pages"));
        Files.writeString(pages.resolve("river-festival.txt"), TestArticles.text(TestArticles.RIVER_FESTIVAL));
        Path csv = folder.resolve("quotes.csv");

        Captured run = Captured.run((out, err) -> QuotesToCsv.run(new String[] {pages.toString(), csv.toString()},
                out, err));

        assertEquals(0, run.code(), run.err());
        assertEquals("", run.out());
        List<QuoteRow> rows = read(Files.readString(csv, StandardCharsets.UTF_8));
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"), rows.stream().map(QuoteRow::quoteId).toList());
        assertEquals("We want families to enjoy the evening, and we will close the quay to traffic from six o'clock,",
                rows.get(5).text());
    }

    @Test
    void aMissingFolderIsAUsageError() throws Exception {
        String missing = folder.resolve("nowhere").toString();

        Captured run = Captured.run((out, err) -> QuotesToCsv.run(new String[] {missing}, out, err));

        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("is not a folder"), run.err());
    }

    private static List<QuoteRow> read(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<QuoteRow> it = mapper.readerFor(QuoteRow.class).with(schema).readValues(csv)) {
            return it.readAll();
        }
    }
}
