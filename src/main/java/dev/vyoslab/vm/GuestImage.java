package dev.vyoslab.vm;

import dev.vyoslab.lab.RecipeImage;
import org.testcontainers.utility.DockerImageName;

/**
 * The microVM image built from {@code qemu/guest}: QEMU, the launcher, and the Debian guest's kernel, initramfs and
 * squashfs root. Built once per recipe on a machine (see {@link RecipeImage}).
 */
public final class GuestImage {

    private static GuestImage instance;
    private final DockerImageName imageName;

    private GuestImage(DockerImageName imageName) {
        this.imageName = imageName;
    }

    /** The image for this recipe, built now if this machine does not have it yet. */
    public static synchronized GuestImage get() {
        if (instance == null) {
            instance = new GuestImage(RecipeImage.of("qemu/guest", "vyos-lab/microvm").build());
        }
        return instance;
    }

    public DockerImageName imageName() {
        return imageName;
    }
}
