package fr.boussole.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (bin/suite test installs both when missing).
 * Each browser gets a new empty profile, removed on close, so no test sees another's cookies or storage. The
 * background-networking flags matter here: without them Chromium keeps calling Google's hosts, which this machine
 * refuses.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("boussole.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("boussole.chromedriver", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("boussole-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                        "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a profile left in the temporary folder harms nothing
            }
        }
    }
}
