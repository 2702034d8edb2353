package org.redress.mediation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.mediation.MediatorTies;
import org.redress.mediation.RoomService;
import org.redress.mediation.TieKind;
import org.redress.security.AccountProvisioning;
import org.redress.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Keeping the room list and declaring ties in the portal. */
@RedressTest
class RoomsAndTiesViewTest extends SpringBrowserlessTest {

    @Autowired
    RoomService rooms;
    @Autowired
    MediatorTies ties;
    @Autowired
    AccountProvisioning accounts;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorAddsARoomAndATooSmallCapacityIsRefusedWithTheFormKept() {
        RoomsView view = navigate(RoomsView.class);
        view.name.setValue("第三调解室");
        view.capacity.setValue(1);
        view.location.setValue("五楼");
        test(view.save).click();
        assertThat(view.capacity.isInvalid()).isTrue();
        assertThat(view.name.getValue()).isEqualTo("第三调解室");
        assertThat(rooms.all()).noneMatch(r -> r.getName().equals("第三调解室"));

        view.capacity.setValue(6);
        test(view.save).click();
        assertThat(rooms.active()).anyMatch(r -> r.getName().equals("第三调解室") && r.getCapacity() == 6);
        assertThat(view.name.getValue()).as("the form is ready for the next room").isEmpty();
    }

    @Test
    @WithMockUser(username = "tie-view-mediator", roles = "MEDIATOR")
    void aMediatorDeclaresATieToAPlatformAndSeesOnlyTheirOwn() {
        TestData.asAdmin(() -> {
            accounts.ensureAccount("tie-view-mediator", "关联申报调解员", "Mediator-Pass-2026", Set.of(Role.MEDIATOR));
            accounts.ensureAccount("tie-view-other", "另一调解员", "Mediator-Pass-2026", Set.of(Role.MEDIATOR));
            ties.declare("tie-view-other", TieKind.PARTY, null, null, "张三", "亲属");
        });
        TiesView view = navigate(TiesView.class);
        assertThat(view.mediator.isEnabled()).as("a mediator declares for themselves only").isFalse();
        view.kind.setValue(TieKind.PLATFORM);
        test(view.declare).click();
        assertThat(ties.of("tie-view-mediator")).as("a platform tie needs the platform").isEmpty();

        view.platform.setValue("拼多多");
        view.note.setValue("曾在该平台法务部任职");
        test(view.declare).click();
        assertThat(ties.of("tie-view-mediator")).singleElement()
                .satisfies(t -> assertThat(t.getPlatform()).isEqualTo("拼多多"));
        assertThat(test(view.grid).size()).isEqualTo(1);
    }
}
