package dev.vyoslab.dut.vyos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newest VyOS rolling ISO, as VyOS publishes it: a release of the public GitHub repository
 * vyos/vyos-nightly-build whose assets are {@code vyos-<version>-...amd64.iso} and its {@code .minisig}
 * (vyos-nightly-build .github/workflows/vyos-rolling-nightly-build.yml). The ISO's sha256 is the {@code digest} GitHub
 * gives each release asset; the download is checked against it as any other ISO ({@link VyosIso#fromUrl}).
 * Without network this fails within the connect timeout, naming the address it could not reach.
 */
public final class NightlyRelease {

    /** What {@code --iso} takes to mean this. */
    public static final String NAME = "rolling";
    static final URI LATEST = URI.create("https://api.github.com/repos/vyos/vyos-nightly-build/releases/latest");
    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.iso");

    /** The ISO asset of a release. */
    record Asset(String release, String name, URI url, String sha256) {
    }

    private NightlyRelease() {
    }

    /** Downloads (unless cached) and verifies the newest rolling ISO. */
    public static VyosIso latest(Path cacheDir, Duration connectTimeout) {
        return latest(LATEST, cacheDir, connectTimeout);
    }

    static VyosIso latest(URI api, Path cacheDir, Duration connectTimeout) {
        Asset asset = asset(fetch(api, connectTimeout));
        LOG.info("newest VyOS rolling release: {} ({})", asset.release(), asset.name());
        return VyosIso.fromUrl(asset.url(), asset.sha256(), cacheDir, connectTimeout);
    }

    /** The amd64 ISO of a GitHub release object, with its sha256; refuses a release that gives no digest. */
    static Asset asset(String releaseJson) {
        JsonNode release;
        try {
            release = new ObjectMapper().readTree(releaseJson);
        } catch (IOException e) {
            throw new VyosIsoException("the vyos-nightly-build release list is not JSON: " + e.getMessage(), e);
        }
        String tag = release.path("tag_name").asText("?");
        for (JsonNode a : release.path("assets")) {
            String name = a.path("name").asText("");
            if (name.endsWith("amd64.iso")) {
                String digest = a.path("digest").asText("");
                if (!digest.startsWith("sha256:")) {
                    throw new VyosIsoException("the newest VyOS rolling release " + tag + " gives no sha256 for " + name
                            + "; download it, check its .minisig, and pass --iso PATH --iso-sha256 HEX");
                }
                return new Asset(tag, name, URI.create(a.path("browser_download_url").asText()),
                        digest.substring("sha256:".length()));
            }
        }
        throw new VyosIsoException("the newest VyOS rolling release " + tag + " has no *amd64.iso asset");
    }

    /** The exception and its first cause that says something (HttpClient's ConnectException often says nothing). */
    private static String why(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }

    private static String fetch(URI api, Duration connectTimeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(api).timeout(connectTimeout.multipliedBy(2))
                    .header("Accept", "application/vnd.github+json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new VyosIsoException("asking " + api + " for the newest VyOS rolling release failed: HTTP "
                        + r.statusCode() + " (GitHub's API limit is 60 requests an hour without a token)");
            }
            return r.body();
        } catch (IOException e) {
            throw new VyosIsoException("cannot reach " + api.getHost() + " for the newest VyOS rolling release ("
                    + why(e)
                    + "); without network give a local ISO: --iso PATH --iso-sha256 HEX", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VyosIsoException("interrupted asking " + api + " for the newest release", e);
        }
    }
}
