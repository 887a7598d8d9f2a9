package dev.vyoslab.vm;

import dev.vyoslab.lab.LabContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

/** A plain Debian container with ping, for substrate tests that must not depend on the ISP peers. */
final class TestHost extends LabContainer<TestHost> {

    private static final String IMAGE = "vyos-lab/test-host:1";

    TestHost(String name) {
        super(name, image());
        withCommand("sleep", "infinity");
        withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                .withCapAdd(com.github.dockerjava.api.model.Capability.NET_ADMIN));
    }

    private static synchronized DockerImageName image() {
        new ImageFromDockerfile(IMAGE, false)
                .withDockerfileFromBuilder(b -> b.from("debian:bookworm-slim")
                        .run("apt-get update && apt-get install -y --no-install-recommends iputils-ping iproute2"
                                + " && rm -rf /var/lib/apt/lists/*")
                        .build())
                .get();
        return DockerImageName.parse(IMAGE);
    }
}
