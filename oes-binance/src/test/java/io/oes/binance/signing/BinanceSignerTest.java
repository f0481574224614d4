package io.oes.binance.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BinanceSignerTest {
  // The example secret of the Binance documentation (reference §2).
  private static final BinanceCredentials DOCS =
      new BinanceCredentials("any-key", "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9");
  private static final String QUERY_ONLY = "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1"
      + "&price=9000&timeInForce=GTC&recvWindow=5000&timestamp=1591702613943";
  private static final String QUERY_ONLY_SIGNATURE =
      "3c661234138461fcc7a7d8746c6558c9842d4e10870d2ecbedf7777cad694af9";

  private final BinanceSigner signer = new BinanceSigner(DOCS);

  @Test
  void signsTheDocumentedQueryString() {
    assertThat(signer.sign(QUERY_ONLY)).isEqualTo(QUERY_ONLY_SIGNATURE);
  }

  @Test
  void signsQueryFollowedByBodyWithoutSeparator() {
    String signature = signer.sign("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC",
        "quantity=1&price=9000&recvWindow=5000&timestamp=1591702613943");

    assertThat(signature)
        .isEqualTo("30baaf0fab549bbeda7f5ef201898b34122da25fd23c646cac2c529aebe670a4");
  }

  @Test
  void reusingTheSignerGivesTheSameSignatureEveryTime() {
    signer.sign("something=else");

    assertThat(signer.sign(QUERY_ONLY)).isEqualTo(QUERY_ONLY_SIGNATURE);
    assertThat(signer.sign(QUERY_ONLY)).isEqualTo(QUERY_ONLY_SIGNATURE);
  }

  @Test
  void signsCorrectlyFromManyThreadsAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<String>> tasks = IntStream.range(0, 200)
          .<Callable<String>>mapToObj(i -> () -> signer.sign(QUERY_ONLY))
          .toList();
      for (Future<String> result : pool.invokeAll(tasks)) {
        assertThat(result.get()).isEqualTo(QUERY_ONLY_SIGNATURE);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
