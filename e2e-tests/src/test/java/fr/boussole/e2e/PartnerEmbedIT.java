package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.boussole.commons.testing.KeycloakTokens;

/**
 * The catalogue on a partner's page, in Debian's headless Chromium: the demo partner site (bin/suite serves it on
 * http://localhost:3000, another origin than the gateway's) includes the widget's one script tag with the demo
 * embed key. A screenshot of the page with the catalogue open is kept in {@code target/screenshots/}.
 */
class PartnerEmbedIT {

    private static final String PARTNER_SITE = System.getProperty("boussole.partner-site.url",
            "http://localhost:3000");
    /** The same page from an origin the demo key does not allow (127.0.0.1 is not localhost to a browser). */
    private static final String OTHER_ORIGIN = PARTNER_SITE.replace("localhost", "127.0.0.1");
    private static final String DEMO_KEY = "pk_demopartnersite000000000";
    private static final By FRAME = By.cssSelector("iframe[data-boussole-catalogue]");
    private static final By CARDS = By.cssSelector(".bc-card");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void aVisitorSearchesFiltersAndOpensAUseCaseInTheFrameAndThePageKeepsItsLooks() throws Exception {
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver;
            WebDriverWait wait = browser.waiting(PATIENCE);
            driver.get(PARTNER_SITE + "/");
            Map<String, Object> looksBefore = hostLooks(driver);
            WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(FRAME));
            assertThat(frame.getAttribute("title")).isEqualTo("Catalogue des cas d\u2019usage de l\u2019IA");

            driver.switchTo().frame(frame);
            wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(CARDS, 0));
            // the sector preset by the tag's data-sector
            assertThat(new Select(driver.findElement(By.id("bc-sector"))).getFirstSelectedOption()
                    .getAttribute("value")).isEqualTo("commerce");
            // every control has its label, and the page's styles do not reach them
            for (String control : List.of("bc-q", "bc-sector", "bc-function")) {
                assertThat(driver.findElements(By.cssSelector("label[for='" + control + "']"))).hasSize(1);
            }
            assertThat(driver.findElement(By.id("bc-q")).getCssValue("background-color"))
                    .isEqualTo("rgba(255, 255, 255, 1)");
            // the key's brand colour, and text that keeps the WCAG AA contrast with the frame's white
            assertThat(driver.findElement(By.cssSelector(".bc-title")).getCssValue("color"))
                    .isEqualTo("rgba(122, 31, 92, 1)");
            for (String text : List.of(".bc-title", "label", ".bc-status", ".bc-open", ".bc-card p", ".bc-tags")) {
                for (WebElement element : driver.findElements(By.cssSelector(text))) {
                    assertThat(contrastWithWhite(element.getCssValue("color"))).as(text).isGreaterThanOrEqualTo(4.5);
                }
            }

            int everything = driver.findElements(CARDS).size();
            searched(driver, wait, () -> new Select(driver.findElement(By.id("bc-sector"))).selectByValue(""));
            assertThat(driver.findElements(CARDS).size()).as("all sectors").isGreaterThanOrEqualTo(everything);
            searched(driver, wait, () -> driver.findElement(By.id("bc-q")).sendKeys("stock"));
            assertThat(driver.findElements(CARDS)).isNotEmpty();
            assertThat(status(driver)).matches("\\d+ cas d’usage");
            Select function = new Select(driver.findElement(By.id("bc-function")));
            searched(driver, wait, () -> function.selectByIndex(1));

            searched(driver, wait, () -> driver.findElement(By.id("bc-q"))
                    .sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE));
            searched(driver, wait, () -> function.selectByIndex(0));
            long resultsHeight = frameHeight(driver, wait);
            // by keyboard alone: search box, sector, function, then the first use case, opened with Enter
            WebElement open = driver.findElement(By.cssSelector(".bc-card .bc-open"));
            String title = open.getText();
            driver.findElement(By.id("bc-q")).click();
            for (String next : List.of("bc-sector", "bc-function")) {
                driver.switchTo().activeElement().sendKeys(Keys.TAB);
                assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo(next);
            }
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(driver.switchTo().activeElement()).isEqualTo(open);
            open.sendKeys(Keys.ENTER);
            WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bc-detail-title")));
            assertThat(heading.getText()).isEqualTo(title);
            assertThat(driver.switchTo().activeElement()).as("focus moves to the use case").isEqualTo(heading);
            long detailHeight = contentHeight(driver);

            driver.switchTo().defaultContent();
            wait.until(ignored -> Math.abs(frameHeight(driver) - detailHeight) <= 2);
            assertThat(frameHeight(driver)).as("the frame took its content's height, shorter than the results'")
                    .isNotEqualTo(480).isLessThan(resultsHeight);
            assertThat(hostLooks(driver)).isEqualTo(looksBefore);
            Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
            Files.copy(browser.driver.getScreenshotAs(OutputType.FILE).toPath(),
                    screenshots.resolve("partner-embed.png"), StandardCopyOption.REPLACE_EXISTING);

            // and back to the results, where the keyboard left off
            driver.switchTo().frame(driver.findElement(FRAME));
            driver.findElement(By.cssSelector(".bc-back")).sendKeys(Keys.ENTER);
            assertThat(driver.switchTo().activeElement().getText()).isEqualTo(title);
        }
    }

    @Test
    void aPageOfAnOriginTheKeyDoesNotAllowGetsNoCatalogue() throws Exception {
        long refusedBefore = refused();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver;
            driver.get(OTHER_ORIGIN + "/");
            WebElement frame = browser.waiting(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(FRAME));
            new WebDriverWait(driver, PATIENCE).until(ignored -> refused() > refusedBefore);
            driver.switchTo().frame(frame);
            assertThat(driver.findElements(By.id("boussole-catalogue"))).isEmpty();
            assertThat(driver.findElements(CARDS)).isEmpty();
        }
    }

    /** WCAG 2.2 contrast ratio of a CSS colour (rgba(r, g, b, a) as browsers give it) against white. */
    private static double contrastWithWhite(String cssColour) {
        String[] channels = cssColour.replaceAll("[^0-9.,]", "").split(",");
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double value = Double.parseDouble(channels[i]) / 255;
            linear[i] = value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        }
        double luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
        return 1.05 / (luminance + 0.05);
    }

    /** Does something that starts a search, and waits until its results are shown. */
    private static void searched(WebDriver driver, WebDriverWait wait, Runnable action) {
        String before = generation(driver);
        action.run();
        wait.until(ignored -> !generation(driver).equals(before));
    }

    private static String generation(WebDriver driver) {
        return String.valueOf(driver.findElement(By.id("bc-results")).getAttribute("data-generation"));
    }

    private static String status(WebDriver driver) {
        return driver.findElement(By.id("bc-status")).getText();
    }

    /** Inside the frame: the height of its content, once the frame has taken it. */
    private static long frameHeight(WebDriver driver, WebDriverWait wait) {
        long content = contentHeight(driver);
        driver.switchTo().defaultContent();
        wait.until(ignored -> Math.abs(frameHeight(driver) - content) <= 2);
        long height = frameHeight(driver);
        driver.switchTo().frame(driver.findElement(FRAME));
        return height;
    }

    private static long contentHeight(WebDriver driver) {
        return Math.round(((Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.getBoundingClientRect().height")).doubleValue());
    }

    private static long frameHeight(WebDriver driver) {
        return Math.round(Double.parseDouble(driver.findElement(FRAME).getCssValue("height").replace("px", "")));
    }

    /** What the partner's own styles make of its page. */
    private static Map<String, Object> hostLooks(WebDriver driver) {
        WebElement title = driver.findElement(By.id("page-title"));
        WebElement intro = driver.findElement(By.id("intro"));
        return Map.of("title colour", title.getCssValue("color"), "title font", title.getCssValue("font-family"),
                "intro size", intro.getCssValue("font-size"), "background",
                driver.findElement(By.tagName("body")).getCssValue("background-color"),
                "stylesheets", ((JavascriptExecutor) driver).executeScript("return document.styleSheets.length"));
    }

    /** How many of the demo key's frames were refused, as curators see it. */
    private static long refused() {
        return ((Number) Suite.gateway().auth().oauth2(KeycloakTokens.of("curator.alice")).when()
                .get("/api/v1/catalogue/curation/embed-keys/" + DEMO_KEY + "/usage").then().statusCode(200)
                .extract().path("refused")).longValue();
    }
}
