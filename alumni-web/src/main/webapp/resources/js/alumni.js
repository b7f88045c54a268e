/*
 * Page behaviour shared by every screen (loaded by the single template).
 * One date picker open at a time: PrimeFaces closes a picker's calendar on a click elsewhere, but
 * not when the focus moves to the next date field by keyboard or script, which left two calendars
 * open over each other. Focusing a date field closes the calendars of all other date fields.
 */
(function () {
    function closeOtherDatePickers(focused) {
        var widgets = PrimeFaces.widgets;
        for (var key in widgets) {
            if (!Object.prototype.hasOwnProperty.call(widgets, key)) {
                continue;
            }
            var widget = widgets[key];
            if (!(PrimeFaces.widget.DatePicker && widget instanceof PrimeFaces.widget.DatePicker)
                    || !widget.input || widget.input[0] === focused) {
                continue;
            }
            var picker = widget.jq.data() && widget.jq.data().primeDatePicker;
            if (picker && picker.isPanelVisible && picker.isPanelVisible()) {
                picker.hideOverlay(true); // true: do not give the focus back to that field
            }
        }
    }
    $(document).on('focusin.alumni', '.ui-calendar input', function () {
        closeOtherDatePickers(this);
    });
})();

/*
 * Buttons that open or close a dialog say which in data-shows / data-hides (the dialog's widgetVar)
 * instead of an inline onclick: the Content-Security-Policy allows no inline script.
 */
(function () {
    $(document).on('click.alumni', '[data-shows]', function () {
        PF($(this).attr('data-shows')).show();
    });
    $(document).on('click.alumni', '[data-hides]', function () {
        PF($(this).attr('data-hides')).hide();
    });
})();

/*
 * A styled file chooser (PrimeFaces skinSimple) hides the real file field from screen readers and
 * shows its own button, which takes the focus; the hidden field must then not take it as well.
 */
$(function () {
    $('.ui-fileupload-simple input[type=file][aria-hidden=true], .ui-fileupload input[type=file][aria-hidden=true]')
        .attr('tabindex', '-1');
});
