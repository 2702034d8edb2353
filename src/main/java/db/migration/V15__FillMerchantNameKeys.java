package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.redress.merchant.MerchantNames;

/**
 * Fills the matching key of the merchants recorded before V14. The key needs Unicode normalisation, which neither
 * H2 nor PostgreSQL spells the same way in SQL, so it is computed here by the same code that computes it on writes.
 */
public class V15__FillMerchantNameKeys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery("select id, name from merchant where name_key is null");
             PreparedStatement update = context.getConnection().prepareStatement(
                     "update merchant set name_key = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                update.setString(1, MerchantNames.key(rows.getString(2)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
                if (++pending % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
