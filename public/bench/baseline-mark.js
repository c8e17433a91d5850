// The baseline's "interactive" moment for the cold-start bench; a file, as the CSP allows no inline script.
performance.mark('kiosk-interactive');
