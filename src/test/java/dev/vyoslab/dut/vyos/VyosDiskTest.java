package dev.vyoslab.dut.vyos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.config.VyosVersion;
import dev.vyoslab.vm.Accelerator;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The installed disk's cache key, the ports it leads to, and the time limits per accelerator. */
class VyosDiskTest {

    private static final VyosIso ISO = new VyosIso(Path.of("a.iso"), "a".repeat(64));

    @Test
    void theKeyFollowsTheIsoTheReleaseTrainAndTheDialogue() {
        assertThat(VyosDisk.key(ISO, VyosVersion.V1_3)).matches("[0-9a-f]{64}")
                .isEqualTo(VyosDisk.key(new VyosIso(Path.of("elsewhere.iso"), "a".repeat(64)), VyosVersion.V1_3))
                .isNotEqualTo(VyosDisk.key(new VyosIso(Path.of("a.iso"), "b".repeat(64)), VyosVersion.V1_3))
                .isNotEqualTo(VyosDisk.key(ISO, VyosVersion.ROLLING));
        assertThat(VyosDisk.inputs(ISO, VyosVersion.V1_3)).contains("iso-sha256=" + "a".repeat(64),
                "disk-bytes=" + VyosQemu.DISK_BYTES, "disk-bus=virtio",
                "config to copy|Which one should I copy to[^\\n]*:|/opt/vyatta/etc/config.boot.default");
    }

    @Test
    void theKeyDoesNotFollowTimeLimitsOrTheWanMac() {
        // the fingerprint is taken with fixed limits, and no MAC is part of the inputs
        assertThat(InstallDialogue.fingerprint(VyosVersion.V1_3, "vyos")).doesNotContain("PT", "52:54:00");
    }

    @Test
    void bothInstallersInstallTheDefaultConfigWhichHasNoHwId() {
        // vyatta-cfg-system@1.3.4 install-postinst-new lists the running config first, then this one
        assertThat(InstallDialogue.steps(VyosVersion.V1_3, "pw", VyosTimeouts.of(Accelerator.KVM)))
                .filteredOn(s -> s.name().equals("config to copy")).singleElement()
                .extracting(ConsoleStep::answer).isEqualTo("/opt/vyatta/etc/config.boot.default");
        // vyos-1x@current image_installer.py: config_boot_list = [config/config.boot, config.boot.default]
        assertThat(InstallDialogue.steps(VyosVersion.ROLLING, "pw", VyosTimeouts.of(Accelerator.KVM)))
                .filteredOn(s -> s.name().equals("boot config")).singleElement()
                .extracting(ConsoleStep::answer).isEqualTo("2");
    }

    @Test
    void tcgGetsLongerLimitsAndSaysWhichItChose() {
        VyosTimeouts kvm = VyosTimeouts.of(Accelerator.KVM);
        VyosTimeouts tcg = VyosTimeouts.of(Accelerator.TCG);
        assertThat(tcg.prompt()).isGreaterThan(kvm.prompt()).isGreaterThanOrEqualTo(Duration.ofMinutes(3));
        assertThat(tcg.boot()).isGreaterThan(kvm.boot());
        assertThat(tcg.copy()).isGreaterThan(kvm.copy());
        assertThat(tcg.describe()).isEqualTo(
                "VyOS time limits under TCG: boot 15 min, each install prompt 300 s, image copy 40 min");
        assertThat(InstallDialogue.steps(VyosVersion.ROLLING, "pw", tcg))
                .filteredOn(s -> s.name().equals("target drive")).singleElement()
                .extracting(ConsoleStep::timeout).isEqualTo(tcg.prompt());
    }
}
