package org.redress.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementDraft;
import org.redress.agreement.AgreementDrafting;
import org.redress.agreement.AgreementQueries;
import org.redress.agreement.AgreementSigning;
import org.redress.agreement.AgreementStatus;
import org.redress.agreement.ObligationKind;
import org.redress.agreement.ObligationLine;
import org.redress.agreement.OverdueObligations;
import org.redress.agreement.SignatureMethod;
import org.redress.complaint.ComplaintService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Drafting, signing, comparing versions and following up agreements in the portal. */
@RedressTest
@WithMockUser(username = "mediator", roles = "MEDIATOR")
class AgreementViewsTest extends SpringBrowserlessTest {

    @Autowired
    AgreementQueries agreements;
    @Autowired
    AgreementDrafting drafting;
    @Autowired
    AgreementSigning signing;
    @Autowired
    ComplaintService complaints;
    @Autowired
    OverdueObligations overdue;
    @Autowired
    TestData data;

    private String newCase(String merchant) {
        return complaints.file(TestData.draft(data.merchant(merchant + System.nanoTime() % 100000).id()))
                .caseNumber();
    }

    @Test
    void aDraftIsWrittenInTheEditorThenSignedUntilBinding() {
        String caseNumber = newCase("编辑器测试店");
        UI.getCurrent().navigate(AgreementEditorView.class, QueryParameters.simple(Map.of("case", caseNumber)));
        AgreementEditorView editor = (AgreementEditorView) getCurrentView();
        assertThat(editor.lines).hasSize(1);
        test(editor.save).click();
        assertThat(editor.lines.getFirst().amount.isInvalid()).as("a refund needs an amount").isTrue();
        editor.lines.getFirst().amount.setValue(new BigDecimal("1299.00"));
        assertThat(editor.total.getText()).contains("1,299.00");
        TextField idNumber = find(TextField.class).withCaption("Identity document no.").single();
        idNumber.setValue("110105194912310021");
        test(editor.save).click();
        assertThat(idNumber.isInvalid()).as("a resident ID with a wrong check digit").isTrue();
        assertThat(editor.lines.getFirst().amount.getValue()).as("what was typed stays").isEqualByComparingTo("1299");
        idNumber.setValue("11010519491231002X");
        test(editor.save).click();

        AgreementView view = (AgreementView) getCurrentView();
        assertThat(view.title.getText()).contains("AG-");
        AgreementDetails draft = agreements.ofCase(caseNumber).getFirst();
        assertThat(draft.parties().getFirst().particulars().idNumber()).isEqualTo("11010519491231002X");
        for (AgreementDetails.Party party : draft.parties()) {
            view.openSign(agreements.get(draft.id()).parties().stream()
                    .filter(p -> p.party().equals(party.party())).findFirst().orElseThrow());
            roundTrip();
            find(TextField.class).withCaption("In what capacity").single().setValue("本人");
            test(find(Button.class).withText("Record signature").last()).click();
            if (party.equals(draft.parties().getLast())) {
                assertThat(agreements.get(draft.id()).status()).as("the last signature waits for confirmation")
                        .isEqualTo(AgreementStatus.DRAFT);
                test(find(ConfirmDialog.class).single()).confirm();
            }
        }
        assertThat(agreements.get(draft.id()).status()).isEqualTo(AgreementStatus.BINDING);
        assertThat(view.hash.getElement().getTextRecursively()).contains(agreements.get(draft.id()).sha256());
        assertThat(view.actions.getElement().getTextRecursively()).contains("Judicial confirmation packet")
                .doesNotContain("Edit draft");

        UI.getCurrent().navigate("agreements/" + draft.id() + "/edit");
        assertThat(getCurrentView()).as("a binding agreement has no editor").isInstanceOf(AgreementView.class);
    }

    @Test
    void aWrongOneTimeCodeIsShownOnTheCodeField() {
        String caseNumber = newCase("验证码视图店");
        AgreementDetails draft = drafting.draft(new AgreementDraft(caseNumber, null, null, null, List.of(
                new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, new BigDecimal("20.00"),
                        LocalDate.now().plusDays(5), null))));
        AgreementView view = navigate("agreements/" + draft.id(), AgreementView.class);
        view.openSign(draft.parties().getFirst());
        roundTrip();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<SignatureMethod> method = find(RadioButtonGroup.class).single();
        method.setValue(SignatureMethod.ONE_TIME_CODE);
        find(TextField.class).withCaption("In what capacity").single().setValue("本人");
        test(find(Button.class).withText("Send a code").single()).click();
        String code = data.lastCodeTo("13800138000");
        String sent = find(Paragraph.class).all().stream().map(Paragraph::getText)
                .filter(t -> t.startsWith("A code was sent")).findFirst().orElseThrow();
        assertThat(sent).contains("SMS", "138****8000").doesNotContain(code);
        assertThat(view.getElement().getTextRecursively()).as("the code is never shown to staff").doesNotContain(code);
        TextField typed = find(TextField.class).withCaption("Code read back by the party").single();
        typed.setValue(code.equals("000000") ? "111111" : "000000");
        test(find(Button.class).withText("Record signature").last()).click();
        assertThat(typed.isInvalid()).isTrue();
        assertThat(typed.getErrorMessage()).contains("does not match");
        typed.setValue(code);
        test(find(Button.class).withText("Record signature").last()).click();
        assertThat(agreements.get(draft.id()).parties().getFirst().method()).isEqualTo(SignatureMethod.ONE_TIME_CODE);
    }

    @Test
    void versionsAreComparedLineByLine() {
        String caseNumber = newCase("版本比较店");
        AgreementDetails draft = drafting.draft(new AgreementDraft(caseNumber, null, null, "第一稿", List.of(
                new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, new BigDecimal("100.00"),
                        LocalDate.now().plusDays(5), "退款"))));
        drafting.update(draft.id(), new AgreementDraft(caseNumber, null, null, "第二稿", List.of(
                new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, new BigDecimal("150.00"),
                        LocalDate.now().plusDays(5), "退款"))));
        AgreementView view = navigate("agreements/" + draft.id(), AgreementView.class);
        List<String> removed = view.versions.diff.getChildren().map(c -> (Div) c)
                .filter(d -> d.getClassNames().contains("diff-removed")).map(Div::getText).toList();
        List<String> added = view.versions.diff.getChildren().map(c -> (Div) c)
                .filter(d -> d.getClassNames().contains("diff-added")).map(Div::getText).toList();
        assertThat(removed).anyMatch(t -> t.contains("第一稿")).anyMatch(t -> t.contains("100.00"));
        assertThat(added).anyMatch(t -> t.contains("第二稿")).anyMatch(t -> t.contains("150.00"));
    }

    @Test
    void theFollowUpViewShowsOverdueMoneyPerMerchant() {
        String caseNumber = newCase("跟进视图店");
        LocalDate due = LocalDate.now().plusDays(1);
        AgreementDetails draft = drafting.draft(new AgreementDraft(caseNumber, null, null, null, List.of(
                new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, new BigDecimal("777.00"), due,
                        null))));
        for (String party : List.of("CONSUMER", "MERCHANT", "MEDIATOR")) {
            signing.sign(draft.id(), party, "某某", "本人", SignatureMethod.IN_PERSON);
        }
        overdue.markOverdue(due.plusDays(4));
        FollowUpView view = navigate(FollowUpView.class);
        String merchant = complaints.get(caseNumber).merchantName();
        assertThat(view.merchants.getElement().getTextRecursively()).contains(merchant).contains("1 overdue")
                .contains("777.00");
    }
}
