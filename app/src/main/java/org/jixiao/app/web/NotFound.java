package org.jixiao.app.web;

/** Nothing at this address (no such report, no such place in it): 404 with this message. */
final class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotFound(String message) {
    super(message);
  }
}
