package org.redress.agreement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.redress.agreement.AgreementVersion;

/** Compares two saved versions of a draft line by line; hidden while there is only one version. */
class VersionComparison extends Div {

    final Select<Integer> fromVersion = new Select<>();
    final Select<Integer> toVersion = new Select<>();
    final Div diff = new Div();
    private List<AgreementVersion> versions = List.of();

    VersionComparison() {
        fromVersion.setLabel(getTranslation("agreement.compareFrom"));
        toVersion.setLabel(getTranslation("agreement.compareTo"));
        fromVersion.addValueChangeListener(e -> showDiff());
        toVersion.addValueChangeListener(e -> showDiff());
        diff.addClassName("version-diff");
        add(new H3(getTranslation("agreement.versions")), new HorizontalLayout(fromVersion, toVersion), diff);
    }

    /** Shows the versions, comparing the last two. */
    void show(List<AgreementVersion> saved) {
        versions = saved;
        List<Integer> numbers = versions.stream().map(AgreementVersion::revision).toList();
        setVisible(numbers.size() > 1);
        fromVersion.setItems(numbers);
        toVersion.setItems(numbers);
        if (numbers.size() > 1) {
            fromVersion.setValue(numbers.get(numbers.size() - 2));
            toVersion.setValue(numbers.getLast());
        }
    }

    private void showDiff() {
        diff.removeAll();
        if (fromVersion.getValue() == null || toVersion.getValue() == null) {
            return;
        }
        List<String> before = version(fromVersion.getValue());
        List<String> after = version(toVersion.getValue());
        for (LineDiff.Line line : LineDiff.of(before, after)) {
            Div row = new Div((switch (line.change()) {
                case ADDED -> "+ ";
                case REMOVED -> "− ";
                default -> "  ";
            }) + line.text());
            row.addClassName("diff-" + line.change().name().toLowerCase());
            diff.add(row);
        }
    }

    private List<String> version(int revision) {
        return versions.stream().filter(v -> v.revision() == revision).findFirst().map(AgreementVersion::lines)
                .orElse(List.of());
    }
}
