/**
 * Checking HTML in a real browser (test support): {@link org.lexkit.testing.browser.Chromium} starts headless
 * Chromium through its chromedriver (Debian's {@code chromium} and {@code chromium-driver} packages) and drives it
 * over the W3C WebDriver protocol with the JDK's HTTP client; a test asks {@link
 * org.lexkit.testing.browser.Chromium#find()} and skips, saying why, when the browser is not installed.
 *
 * <p>Why not Selenium: these tests need seven WebDriver commands (new session, navigate, window size, execute
 * script, screenshot, one DevTools call for print media, quit). Selenium brings some thirty jars, its own HTTP
 * stack and a driver manager that tries the network; the protocol itself is a few JSON requests.
 */
@NullMarked
@CheckReturnValue
package org.lexkit.testing.browser;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
