package org.redress.duplicate.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.redress.base.BusinessRuleException;
import org.redress.base.ui.Notifications;
import org.redress.duplicate.DuplicateScan;

/** The full duplicate pass over all open complaints: start it, follow its progress, hear when it is done. */
class FullPassBar extends HorizontalLayout {

    final Button runPass = new Button();
    final ProgressBar passProgress = new ProgressBar(0, 100);
    final Span passStatus = new Span();

    private final DuplicateScan scan;
    private final Runnable done;
    private Registration poll;

    FullPassBar(DuplicateScan scan, Runnable done) {
        this.scan = scan;
        this.done = done;
        runPass.setText(getTranslation("duplicates.runPass"));
        runPass.addClickListener(e -> startPass());
        passProgress.setWidth("12em");
        passProgress.setVisible(false);
        passStatus.addClassName("pass-status");
        add(runPass, passProgress, passStatus);
    }

    private void startPass() {
        try {
            showPass(scan.start());
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }

    void showPass(DuplicateScan.Progress p) {
        passProgress.setVisible(p.running());
        passProgress.setValue(p.percent());
        runPass.setEnabled(!p.running());
        passStatus.setText(switch (p.phase()) {
            case "idle" -> "";
            case "done" -> getTranslation("duplicates.passDone", p.complaints(), p.pairsFound(),
                    p.took() == null ? "?" : String.valueOf(p.took().toSeconds()));
            case "failed" -> getTranslation("duplicates.passFailed", String.valueOf(p.error()));
            default -> getTranslation("duplicates.passRunning", p.percent());
        });
        getUI().ifPresent(ui -> ui.setPollInterval(p.running() ? 1000 : -1));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        poll = attachEvent.getUI().addPollListener(e -> {
            DuplicateScan.Progress p = scan.progress();
            showPass(p);
            if (!p.running() && "done".equals(p.phase())) {
                done.run();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (poll != null) {
            poll.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }
}
