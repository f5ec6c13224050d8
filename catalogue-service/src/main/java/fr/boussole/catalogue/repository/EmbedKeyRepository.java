package fr.boussole.catalogue.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EmbedKeyRepository implements PanacheRepositoryBase<EmbedKey, String> {

    /** One day's counts of a key. */
    public record DailyUsage(LocalDate day, long shown, long refused) {
    }

    /** Counts a frame shown, or refused, today: one upsert, safe under concurrent frames. */
    public void count(String key, boolean shown) {
        getEntityManager().createNativeQuery("""
                INSERT INTO embed_key_usage (key, day, shown, refused) VALUES (?1, current_date, ?2, ?3)
                ON CONFLICT (key, day) DO UPDATE SET shown = embed_key_usage.shown + EXCLUDED.shown,
                    refused = embed_key_usage.refused + EXCLUDED.refused""")
                .setParameter(1, key).setParameter(2, shown ? 1 : 0).setParameter(3, shown ? 0 : 1)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<DailyUsage> usage(String key, LocalDate since, LocalDate until) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT day, shown, refused FROM embed_key_usage WHERE key = ?1 AND day BETWEEN ?2 AND ?3
                ORDER BY day""").setParameter(1, key).setParameter(2, since).setParameter(3, until).getResultList();
        return rows.stream().map(row -> new DailyUsage((LocalDate) row[0], ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue())).toList();
    }
}
