// The baseline's "interactive" moment for the cold-start bench; a file, as the CSP allows no inline script.
// Marked as the kiosk marks its own (src/kiosk/first-screen/interactive.ts): after the frame that
// shows the page is painted, so both sides of the ratio time the same moment.
requestAnimationFrame(() => setTimeout(() => performance.mark('kiosk-interactive'), 0));
