package org.redress.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.redress.base.InvalidInputException;
import org.redress.base.Roles;
import org.redress.base.ui.Notifications;
import org.redress.mediation.Room;
import org.redress.mediation.RoomService;

/** The managed list of meeting rooms: add, change capacity, retire. Administrators only. */
@Menu(order = 13, title = "nav.rooms", icon = "vaadin:office")
@Route("rooms")
@PageTitle("title.rooms")
@RolesAllowed(Roles.ADMIN)
public class RoomsView extends VerticalLayout {

    final Grid<Room> grid = new Grid<>();
    final TextField name = new TextField();
    final IntegerField capacity = new IntegerField();
    final TextField location = new TextField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();

    private final RoomService rooms;
    private Room editing;

    public RoomsView(RoomService rooms) {
        this.rooms = rooms;
        addClassName("rooms-view");
        grid.addColumn(Room::getName).setHeader(getTranslation("room.name")).setAutoWidth(true);
        grid.addColumn(Room::getCapacity).setHeader(getTranslation("room.capacity")).setAutoWidth(true);
        grid.addColumn(r -> r.getLocation() == null ? "" : r.getLocation()).setHeader(getTranslation("room.location"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.isActive() ? "room.inUse" : "room.retired"))
                .setHeader(getTranslation("complaint.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("room.none"));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        name.setLabel(getTranslation("room.name"));
        name.setMaxLength(100);
        name.setRequired(true);
        capacity.setLabel(getTranslation("room.capacity"));
        capacity.setMin(2);
        capacity.setMax(500);
        capacity.setStepButtonsVisible(true);
        location.setLabel(getTranslation("room.location"));
        active.setLabel(getTranslation("room.inUse"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button fresh = new Button(getTranslation("room.new"), e -> grid.asSingleSelect().clear());
        HorizontalLayout form = new HorizontalLayout(name, capacity, location, active, save, fresh);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        Paragraph hint = new Paragraph(getTranslation("room.hint"));
        hint.addClassName("view-hint");
        add(new H2(getTranslation("nav.rooms")), hint, form, grid);
        edit(null);
        grid.setItems(rooms.all());
    }

    private void edit(Room room) {
        editing = room;
        name.setValue(room == null ? "" : room.getName());
        capacity.setValue(room == null ? 8 : room.getCapacity());
        location.setValue(room == null || room.getLocation() == null ? "" : room.getLocation());
        active.setValue(room == null || room.isActive());
        active.setEnabled(room != null);
        save.setText(getTranslation(room == null ? "room.add" : "action.save"));
        name.setInvalid(false);
        capacity.setInvalid(false);
    }

    void save() {
        try {
            Room saved = rooms.save(editing == null ? null : editing.getId(), name.getValue(), capacity.getValue(),
                    location.getValue(), active.getValue());
            Notifications.success(getTranslation("room.saved", saved.getName()));
            grid.setItems(rooms.all());
            grid.asSingleSelect().clear();
            edit(null);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) -> {
                if ("capacity".equals(field)) {
                    capacity.setInvalid(true);
                    capacity.setErrorMessage(message);
                } else {
                    name.setInvalid(true);
                    name.setErrorMessage(message);
                }
            });
        }
    }
}
