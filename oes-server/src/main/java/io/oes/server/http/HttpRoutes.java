package io.oes.server.http;

import io.javalin.Javalin;

/** Further routes a part of the gateway adds to the HTTP API (e.g. the admin endpoints). */
@FunctionalInterface
public interface HttpRoutes {

  void register(Javalin app);
}
