/*
 * Page behaviour shared by every screen (loaded by the single template).
 *
 * Date fields: the person types the date (the placeholder shows the format) and the calendar opens
 * only from the button beside the field (showIcon, showOnFocus="false" on every p:datePicker).
 * A calendar that opened on focus caught the Tab key in its ~30 day links (PrimeFaces keeps the
 * focus inside an open calendar) and opened whenever the focus only passed through a field.
 *
 * No animated overlays: PrimeFaces binds a calendar's "click elsewhere closes me" listener only when
 * its opening transition ends, and a transition that is cancelled (the focus or a click moving on
 * while it runs) never ends, which left a calendar on screen that PrimeFaces takes for closed and
 * cannot close, next to the next one. Without the animation, opening and closing are one step.
 */
(function () {
    PrimeFaces.utils.disableAnimations();

    function datePickers() {
        var found = [];
        for (var key in PrimeFaces.widgets) {
            if (Object.prototype.hasOwnProperty.call(PrimeFaces.widgets, key)) {
                var widget = PrimeFaces.widgets[key];
                if (PrimeFaces.widget.DatePicker && widget instanceof PrimeFaces.widget.DatePicker && widget.jq) {
                    found.push(widget);
                }
            }
        }
        return found;
    }

    // One calendar open at a time, also when the focus moves to another date field or calendar
    // button by keyboard or script (PrimeFaces closes a calendar on a click elsewhere only). Only
    // date fields count: other focus moves made by scripts (a closing dialog gives the focus back to
    // its button a moment later) must not close a calendar just opened.
    $(document).on('focusin.alumni', '.ui-calendar', function (event) {
        datePickers().forEach(function (widget) {
            var picker = widget.jq.data() && widget.jq.data().primeDatePicker;
            if (picker && picker.isPanelVisible && picker.isPanelVisible()
                    && !$.contains(widget.jq[0], event.target)
                    && !(picker.panel && $.contains(picker.panel[0], event.target))) {
                picker.hideOverlay(true); // true: leave the focus where it went
            }
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

/*
 * Enter on a link inside a table follows the link. PrimeFaces' table cell navigation (arrow keys
 * between cells) answers Enter in a cell with a script click on the cell's first link and cancels
 * the key; a script click does not follow a link, so a keyboard user could not open a case from the
 * list. The key is kept from the table's handler (capture phase) and the browser follows the link.
 */
document.addEventListener('keydown', function (event) {
    if ((event.key === 'Enter') && event.target.matches && event.target.matches('.ui-datatable td a[href]')) {
        event.stopPropagation();
    }
}, true);
