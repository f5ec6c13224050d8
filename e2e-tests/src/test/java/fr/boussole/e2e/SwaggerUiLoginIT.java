package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API's front door in a real browser: Swagger UI on the gateway signs in against Keycloak with the authorization
 * code flow and PKCE (the public client boussole-web, no secret in the page), then tries a call that needs a token.
 */
class SwaggerUiLoginIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String LIST_ASSESSMENTS = "operations-Assessments-listAssessments";
    /** Keycloak's discovery document offers several flows; the browser's is the authorization code with PKCE. */
    private static final String AUTHORIZATION_CODE_FLOW =
            "//div[contains(@class,'auth-container')][.//h4[contains(., 'authorization_code with PKCE')]]";

    @Test
    void signsInWithKeycloakAndTriesACallThatNeedsAToken() {
        try (Browser browser = new Browser()) {
            WebDriverWait wait = browser.waiting(PATIENCE);
            browser.driver.get(Suite.GATEWAY + "/q/swagger-ui/");
            WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(LIST_ASSESSMENTS)));

            // Signed out, the gateway refuses the call.
            assertThat(execute(browser, wait, operation)).isEqualTo("401");

            signIn(browser, wait, "advisor.paris");

            assertThat(execute(browser, wait, operation)).isEqualTo("200");
            String curl = operation.findElement(By.cssSelector(".curl-command")).getText();
            assertThat(curl).contains("Authorization: Bearer ey");
            assertThat(operation.findElement(By.cssSelector(".live-responses-table .response-col_description pre"))
                    .getText()).contains("\"items\"");
        }
    }

    /** Authorize → the authorization-code flow → Keycloak's login page in a popup → back with a token. */
    private static void signIn(Browser browser, WebDriverWait wait, String username) {
        browser.driver.findElement(By.cssSelector(".scheme-container button.authorize")).click();
        WebElement flow = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(AUTHORIZATION_CODE_FLOW)));
        assertThat(flow.findElement(By.cssSelector("input[data-name=clientId]")).getDomProperty("value"))
                .isEqualTo("boussole-web");
        String swaggerWindow = browser.driver.getWindowHandle();
        flow.findElement(By.cssSelector("button.authorize")).click();

        wait.until(driver -> driver.getWindowHandles().size() > 1);
        Set<String> windows = browser.driver.getWindowHandles();
        String loginWindow = windows.stream().filter(handle -> !handle.equals(swaggerWindow)).findFirst().orElseThrow();
        browser.driver.switchTo().window(loginWindow);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        assertThat(browser.driver.getCurrentUrl())
                .contains("/realms/boussole/protocol/openid-connect/auth")
                .contains("code_challenge_method=S256")
                .contains("client_id=boussole-web");
        browser.driver.findElement(By.id("password")).sendKeys("boussole-demo");
        browser.driver.findElement(By.id("kc-login")).click();

        // The redirect page hands the code back to Swagger UI and closes; Swagger UI then trades it for a token.
        wait.until(driver -> driver.getWindowHandles().size() == 1);
        browser.driver.switchTo().window(swaggerWindow);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath(AUTHORIZATION_CODE_FLOW + "//button[normalize-space()='Logout']")));
        browser.driver.findElement(By.cssSelector(".modal-ux button.close-modal")).click();
    }

    /** Try it out → Execute on one operation; the status the page shows. */
    private static String execute(Browser browser, WebDriverWait wait, WebElement operation) {
        if (operation.findElements(By.cssSelector(".opblock-body")).isEmpty()) {
            operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        }
        if (!operation.findElements(By.cssSelector("button.try-out__btn:not(.cancel)")).isEmpty()) {
            operation.findElement(By.cssSelector("button.try-out__btn")).click();
        }
        if (!operation.findElements(By.cssSelector(".live-responses-table")).isEmpty()) {
            operation.findElement(By.cssSelector("button.btn-clear")).click();
        }
        wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector("button.execute"))))
                .click();
        return wait.until(driver -> operation
                .findElements(By.cssSelector(".live-responses-table .response .response-col_status")).stream()
                .map(status -> status.getText().trim())
                .filter(status -> !status.isEmpty())
                .findFirst().orElse(null));
    }
}
