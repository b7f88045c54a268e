package jp.kizuna.alumni.ws.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API root: {@code /alumni-ws/api}. */
@ApplicationPath("/api")
public class IntegrationApi extends Application {}
