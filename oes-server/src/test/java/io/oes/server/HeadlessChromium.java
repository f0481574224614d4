package io.oes.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium driven through its chromedriver, found on the machine (never
 * downloaded). Missing, it fails the test, naming what to install: no browser test passes, or is
 * skipped, without a browser. The suite runs only in the {@code browser} profile.
 */
final class HeadlessChromium {
  private static final List<String> BROWSERS = List.of("/usr/bin/chromium",
      "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver",
      "/usr/lib/chromium/chromedriver");

  private HeadlessChromium() {}

  /** A browser with a laptop-sized window. */
  static ChromeDriver start() {
    String browser = find("CHROME_BIN", BROWSERS, "chromium");
    String driver = find("CHROMEDRIVER", DRIVERS, "chromium-driver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser);
    // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--disable-gpu", "--window-size=1366,1400");
    // the console, so a test can see script errors and content-security-policy refusals
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(driver)).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  /** Writes what the browser shows to {@code target/dashboard/<name>.png}, for people to see. */
  static Path screenshot(ChromeDriver browser, String name) {
    try {
      Path folder = Files.createDirectories(Path.of("target", "dashboard"));
      Path file = folder.resolve(name + ".png");
      Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file,
          StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The console's errors since the last call, as "LEVEL message" lines. */
  static List<String> consoleErrors(ChromeDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
  }

  /** Resizes the window, e.g. to a phone's 390 × 844. */
  static void resize(ChromeDriver browser, int width, int height) {
    browser.manage().window().setSize(new Dimension(width, height));
  }

  private static String find(String variable, List<String> candidates, String debianPackage) {
    String named = System.getenv(variable);
    Optional<String> found = (named == null ? candidates.stream() : Stream.of(named))
        .filter(path -> Files.isExecutable(Path.of(path))).findFirst();
    if (found.isEmpty()) {
      String missing = debianPackage + " is not installed (looked for "
          + (named == null ? candidates + ", or set " + variable : variable + "=" + named)
          + "): apt-get install -y chromium chromium-driver";
      Assertions.fail(missing);
    }
    return found.get();
  }
}
