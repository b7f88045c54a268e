/*
 * Page behaviour shared by every screen (loaded by the single template).
 * One date picker open at a time: PrimeFaces closes a picker's calendar on a click elsewhere, but
 * not when the focus moves to the next date field by keyboard or script, which left two calendars
 * open over each other. Focusing a date field closes the calendars of all other date fields.
 */
(function () {
    function closeOtherDatePickers(focused, stuckToo) {
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
            } else if (stuckToo && picker && picker.panel && picker.panel.is(':visible') && !picker.documentClickListener) {
                // Left by the focus in the middle of opening, the calendar never finishes: PrimeFaces
                // takes it for closed (it can close only an opened one), yet it stays on screen.
                picker.panel.removeClass('ui-connected-overlay-enter ui-connected-overlay-enter-active'
                        + ' ui-connected-overlay-enter-done').hide();
            }
        }
    }
    // A calendar still sliding open when the focus moves on finishes opening after this handler
    // (PrimeFaces ends the opening transition later), so look again until its opening must be over.
    // Each look closes every calendar but that of the field that has the focus then.
    var AGAIN_AFTER_MS = [120, 300, 600, 1000, 2000];
    $(document).on('focusin.alumni', '.ui-calendar input', function () {
        closeOtherDatePickers(this);
        AGAIN_AFTER_MS.forEach(function (delay) {
            setTimeout(function () {
                if ($(document.activeElement).is('.ui-calendar input')) {
                    closeOtherDatePickers(document.activeElement, delay >= 600);
                }
            }, delay);
        });
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
