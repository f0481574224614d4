package io.oes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.oes.api.CreateOrderRequest;
import io.oes.api.GetOrderRequest;
import io.oes.api.OrderServiceGrpc;
import io.oes.api.OrderSide;
import io.oes.api.OrderState;
import io.oes.api.OrderType;
import io.oes.server.security.ApiKeyHash;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator dashboard in a real headless Chromium against a gateway with authentication on:
 * an operator enters a key once, watches orders placed over gRPC appear, cancels one from the
 * page, sees fills and positions, halts and resumes trading. Every check reads what the browser
 * rendered. Run by {@code ./mvnw -Pbrowser -pl oes-server verify} (see {@code .ci/run}); screenshots
 * go to {@code target/dashboard/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserSuite {
  private static final String OPERATOR = "oes_dashboard-operator-key-for-tests-000000000";
  private static final String VIEWER = "oes_dashboard-viewer-key-for-tests-00000000000";
  /** A user id a hostile client could send: it must show as text and run nothing. */
  private static final String HOSTILE_USER =
      "<img src=x onerror=\"window.injected=1\"><script>window.injected=2</script>";
  private static final Duration SEEN_WITHIN = Duration.ofSeconds(1);
  private static final Duration SETTLED_WITHIN = Duration.ofSeconds(15);

  private static RunningGateway gateway;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() {
    browser = HeadlessChromium.start();
    gateway = RunningGateway.start(Map.of(), """
        security:
          api_keys:
            - {name: operator, user_id: desk, scopes: [admin, trade, read], key_hash: '%s'}
            - {name: alice-viewer, user_id: alice, scopes: [read], key_hash: '%s'}
        """.formatted(hash(OPERATOR), hash(VIEWER)));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  @Order(1)
  void asksForAKeyThenGoesLive() throws Exception {
    browser.get(page());
    WebElement form = waitUpTo(SETTLED_WITHIN)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("key-form")));
    assertThat(form.getText()).contains("a valid API key is required");
    assertThat(unauthenticatedStreamStatus()).isEqualTo(401);

    browser.findElement(By.id("key-input")).sendKeys(OPERATOR);
    browser.findElement(By.cssSelector("#key-form button[type=submit]")).click();

    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.textToBe(By.id("connection"), "live"));
    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.textToBe(By.id("mode"), "ACTIVE"));
    assertThat(browser.getCurrentUrl()).doesNotContain(OPERATOR);
    // the only error the page may log is the stream's refusal before the key was entered
    assertThat(HeadlessChromium.consoleErrors(browser))
        .allMatch(line -> line.contains("/dashboard/stream") && line.contains("401"));
    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("#accounts tbody"), "reachable"));
    assertThat(text("#accounts tbody")).contains("CLOSED", "/ 2400", "/ 300", "/ 1200");
  }

  @Test
  @Order(2)
  void anOrderPlacedOverGrpcShowsWithinASecondAndIsCanceledFromThePage() throws Exception {
    String orderId = orders().createOrder(RunningGateway.restingBuy("desk").build()).getOrderId();

    WebElement row = waitUpTo(SEEN_WITHIN).until(ExpectedConditions.presenceOfElementLocated(
        openOrderRow(orderId)));
    assertThat(row.getText()).contains("BTCUSDT", "BUY", "60000", "desk");
    HeadlessChromium.screenshot(browser, "dashboard-open-order");

    row.findElement(By.cssSelector("button.cancel")).click();
    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.alertIsPresent()).accept();

    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.numberOfElementsToBe(
        openOrderRow(orderId), 0));
    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.textToBePresentInElementLocated(
        By.id("orders-message"), "CANCELED"));
    assertThat(orders().getOrder(GetOrderRequest.newBuilder().setOrderId(orderId).build())
        .getOrder().getState()).isEqualTo(OrderState.CANCELED);
    assertThat(cancelStatus(orderId, OPERATOR)).isEqualTo(409);
    assertThat(cancelStatus("no-such-order", OPERATOR)).isEqualTo(404);
  }

  @Test
  @Order(3)
  void aFilledOrderShowsInFillsAndPositions() {
    String orderId = orders().createOrder(CreateOrderRequest.newBuilder().setSymbol("BTCUSDT")
        .setSide(OrderSide.BUY).setType(OrderType.MARKET).setQuantity(0.01).setUserId("desk")
        .build()).getOrderId();

    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("#fills tbody"), orderId));
    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("#positions tbody"), "desk"));
    assertThat(text("#positions tbody")).contains("BTCUSDT");
    assertThat(text("#events ol")).contains(orderId, "FILLED");
    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#create-chart polyline.p99")));
    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#exchange-chart polyline.p50")));
    assertThat(browser.findElements(By.cssSelector("#rate-chart polyline"))).isNotEmpty();
  }

  @Test
  @Order(4)
  void everyValueIsShownAsTextAndNoneRuns() {
    String orderId = orders().createOrder(RunningGateway.restingBuy(HOSTILE_USER).build())
        .getOrderId();

    WebElement row = waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.presenceOfElementLocated(
        openOrderRow(orderId)));
    assertThat(row.getText()).contains(HOSTILE_USER);
    assertThat(browser.findElements(By.cssSelector("main img, main script"))).isEmpty();
    assertThat(browser.executeScript("return window.injected === undefined")).isEqualTo(true);

    browser.findElement(By.id("order-filter")).sendKeys("onerror");
    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.textToBe(By.id("open-count"), "1 of 1"));
    browser.findElement(By.id("order-filter")).clear();
  }

  @Test
  @Order(5)
  void haltFromThePageRefusesNewOrdersAndResumeLetsThemThrough() {
    String reason = "<b>drill</b> of the kill switch";
    browser.findElement(By.id("halt-reason")).sendKeys(reason);
    browser.findElement(By.id("halt")).click();

    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.textToBe(By.id("mode"), "HALTED"));
    assertThat(text("#trading-reason")).isEqualTo(reason);
    assertThat(browser.findElements(By.cssSelector("#trading-reason b"))).isEmpty();
    assertThatThrownBy(() -> orders().createOrder(RunningGateway.restingBuy("desk").build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e ->
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION));
    HeadlessChromium.screenshot(browser, "dashboard-halted");

    browser.findElement(By.id("resume")).click();

    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.textToBe(By.id("mode"), "ACTIVE"));
    assertThat(orders().createOrder(RunningGateway.restingBuy("desk").build()).getState())
        .isIn(OrderState.NEW, OrderState.SUBMITTED);
  }

  @Test
  @Order(6)
  void aReadKeySeesOnlyItsOwnUsersOrdersAndCannotHaltOrCancel() throws Exception {
    browser.get(page());
    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.visibilityOfElementLocated(
        By.id("key-input"))).sendKeys(VIEWER);
    browser.findElement(By.cssSelector("#key-form button[type=submit]")).click();
    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.textToBe(By.id("connection"), "live"));

    String alices = orders().createOrder(RunningGateway.restingBuy("alice").build()).getOrderId();
    waitUpTo(SETTLED_WITHIN).until(ExpectedConditions.presenceOfElementLocated(
        openOrderRow(alices)));
    assertThat(text("#open-orders tbody")).doesNotContain("desk");
    assertThat(browser.findElement(By.id("halt")).isEnabled()).isFalse();
    assertThat(browser.findElement(By.cssSelector("#open-orders button.cancel")).isEnabled())
        .isFalse();
    assertThat(cancelStatus(alices, VIEWER)).isEqualTo(403);
    assertThat(cancelStatus(alices, null)).isEqualTo(401);

    HeadlessChromium.resize(browser, 390, 844);
    HeadlessChromium.screenshot(browser, "dashboard-phone");
    HeadlessChromium.resize(browser, 1366, 1400);
  }

  @Test
  @Order(7)
  void noScriptErrorsOrRefusedResources() {
    assertThat(HeadlessChromium.consoleErrors(browser))
        .allMatch(line -> line.contains("/dashboard/stream") && line.contains("401"));
  }

  private static String page() {
    return "http://127.0.0.1:" + gateway.gateway.httpPort() + "/";
  }

  private static int unauthenticatedStreamStatus() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(HttpRequest.newBuilder(URI.create(page() + "dashboard/stream")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }

  /** What the cancel endpoint answers {@code key} (none when null) for {@code orderId}. */
  private static int cancelStatus(String orderId, String key) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(page() + "dashboard/orders/"
        + orderId + "/cancel")).POST(HttpRequest.BodyPublishers.noBody());
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }

  private static By openOrderRow(String orderId) {
    return By.cssSelector("#open-orders tr[data-order-id='" + orderId + "']");
  }

  private static String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private static WebDriverWait waitUpTo(Duration timeout) {
    return new WebDriverWait(browser, timeout, Duration.ofMillis(50));
  }

  private static OrderServiceGrpc.OrderServiceBlockingStub orders() {
    Metadata headers = new Metadata();
    headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
        "Bearer " + OPERATOR);
    ClientInterceptor key = MetadataUtils.newAttachHeadersInterceptor(headers);
    return OrderServiceGrpc.newBlockingStub(gateway.channel).withInterceptors(key)
        .withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  private static String hash(String key) {
    return ApiKeyHash.of(key).toConfigText();
  }
}
