package io.oes.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogSettingsTest {

  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

  @AfterEach
  void restore() {
    LogSettings.apply(new LogConfig("INFO", LogFormat.TEXT));
  }

  @Test
  void theFilesLevelAndFormatReplaceTheDefaults() {
    LogSettings.apply(new LogConfig("WARN", LogFormat.JSON));

    assertThat(root.getLevel()).isEqualTo(Level.WARN);
    assertThat(root.getAppender("json"))
        .isInstanceOfSatisfying(AsyncAppender.class, queued -> {
          assertThat(queued.getDiscardingThreshold()).as("never drops lines").isZero();
          assertThat(queued.getAppender("json-console"))
              .isInstanceOfSatisfying(ConsoleAppender.class,
                  console -> assertThat(console.getEncoder()).isInstanceOf(JsonEncoder.class));
        });
    assertThat(root.getAppender("text")).isNull();
  }

  @Test
  void switchingBackGivesTextAgain() {
    LogSettings.apply(new LogConfig("DEBUG", LogFormat.JSON));
    LogSettings.apply(new LogConfig("DEBUG", LogFormat.TEXT));

    assertThat(root.getLevel()).isEqualTo(Level.DEBUG);
    assertThat(root.getAppender("text")).isNotNull();
    assertThat(root.getAppender("json")).isNull();
  }
}
