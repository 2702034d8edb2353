package org.redress.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redress.base.Message;

/**
 * Instalments of a money obligation: checked as drafted (amounts that sum exactly to the obligation's, due dates in
 * order), or split evenly from a plan, the cents left over going to the last instalment so the sum never drifts.
 */
final class InstalmentPlan {

    /** Most instalments one obligation may have: three years of monthly payments. */
    static final int MAX = 36;

    private InstalmentPlan() {
    }

    /**
     * The instalments of obligation {@code number} as drafted, with problems put in {@code errors} under
     * {@code at}. A money obligation with a due date and no instalments is paid in one, which is recorded as its
     * only instalment so that payments are tracked alike.
     */
    static List<Instalment> check(int number, ObligationLine line, String at, Map<String, Message> errors) {
        List<InstalmentLine> given = line.instalments() == null ? List.of() : line.instalments();
        boolean money = line.kind() != null && line.kind().isMoney() && line.amount() != null
                && line.amount().signum() > 0 && line.amount().scale() <= 2;
        if (given.isEmpty()) {
            return money && line.dueDate() != null ? List.of(new Instalment(number, 1, line.amount().setScale(2),
                    line.dueDate(), zero(), null)) : List.of();
        }
        if (!money) {
            errors.put(at + "instalments", Message.of("error.agreement.instalmentsNeedMoney"));
            return List.of();
        }
        if (given.size() > MAX) {
            errors.put(at + "instalments", Message.of("error.agreement.tooManyInstalments", MAX));
            return List.of();
        }
        List<Instalment> instalments = new ArrayList<>();
        BigDecimal sum = zero();
        LocalDate previous = null;
        for (int k = 0; k < given.size(); k++) {
            InstalmentLine g = given.get(k);
            String here = at + "instalments[" + k + "].";
            if (g == null || g.amount() == null || g.amount().signum() <= 0 || g.amount().scale() > 2) {
                errors.put(here + "amount", Message.of("error.base.amountFromMostTwo"));
                continue;
            }
            if (g.dueDate() == null) {
                errors.put(here + "dueDate", Message.of("validation.dateRequired"));
                continue;
            }
            if (previous != null && g.dueDate().isBefore(previous)) {
                errors.put(here + "dueDate", Message.of("error.agreement.instalmentsInOrder"));
            }
            previous = g.dueDate();
            sum = sum.add(g.amount());
            instalments.add(new Instalment(number, k + 1, g.amount().setScale(2), g.dueDate(), zero(), null));
        }
        if (instalments.size() == given.size() && sum.compareTo(line.amount()) != 0) {
            errors.put(at + "instalments", Message.of("error.agreement.instalmentsSum", sum.toPlainString(),
                    line.amount().setScale(2).toPlainString()));
        }
        return instalments;
    }

    /** {@code amount} in {@code count} even parts due every {@code months} months from {@code first}. */
    static List<InstalmentLine> even(BigDecimal amount, int count, LocalDate first, int months) {
        List<LocalDate> dates = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            dates.add(first.plusMonths((long) k * months));
        }
        return split(amount, dates).stream().filter(l -> l.amount().signum() > 0).toList();
    }

    /** {@code amount} in even parts, one per due date, rounded down to the cent, the last taking what is left. */
    static List<InstalmentLine> split(BigDecimal amount, List<LocalDate> dueDates) {
        BigDecimal part = amount.divide(BigDecimal.valueOf(dueDates.size()), 2, RoundingMode.DOWN);
        List<InstalmentLine> lines = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int k = 0; k < dueDates.size(); k++) {
            BigDecimal value = k == dueDates.size() - 1 ? amount.subtract(given) : part;
            given = given.add(value);
            lines.add(new InstalmentLine(value.setScale(2), dueDates.get(k)));
        }
        return lines;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
