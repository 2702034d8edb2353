package org.redress.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class DemoComplaintsTest {

    /** The seeder finds the complaints it filed by these ids to give them a history; they must be the rows' own. */
    @Test
    void theExternalIdsTheSeederLooksUpAreTheRowsOwn() throws Exception {
        List<String> rows = new DemoComplaints(1L, LocalDate.of(2026, 12, 1), 10).rows(30);
        List<CSVRecord> parsed = CSVFormat.DEFAULT.parse(new StringReader(String.join("\n", rows))).getRecords();
        for (int n = 1; n <= rows.size(); n++) {
            assertThat(parsed.get(n - 1).get(0)).isEqualTo(DemoComplaints.externalId(n));
        }
    }
}
