#!/bin/sh
# Runs once at image build: trims the kernel modules, makes the initramfs, extracts the kernel and packs the root.
set -eu
kver=$(ls /lib/modules)
mods=/lib/modules/$kver/kernel

# Keep only what a network node needs; the rest of the 400 MB of modules only slows the build.
find "$mods" -mindepth 1 -maxdepth 1 ! -name net ! -name drivers ! -name fs ! -name lib ! -name crypto ! -name arch -exec rm -rf {} +
find "$mods/drivers" -mindepth 1 -maxdepth 1 ! -name net ! -name virtio ! -name block ! -name char ! -name firmware -exec rm -rf {} +
rm -rf "$mods/drivers/net/wireless" "$mods/drivers/net/ethernet" "$mods/drivers/net/usb" "$mods/drivers/net/can" \
       "$mods/drivers/net/wwan" "$mods/drivers/net/ieee802154" "$mods/drivers/net/hyperv" \
       "$mods/net/wireless" "$mods/net/mac80211" "$mods/net/bluetooth" "$mods/net/sunrpc" "$mods/net/ceph"
find "$mods/fs" -mindepth 1 -maxdepth 1 ! -name squashfs ! -name overlayfs ! -name 9p ! -name netfs ! -name fscache -exec rm -rf {} +
depmod "$kver"

# The guest's init looks for these; sshd keys are made now so every boot skips key generation.
echo root:vyoslab | chpasswd
rm -f /etc/ssh/ssh_host_*key* && ssh-keygen -A
mkdir -p /run/sshd /out

# initramfs: busybox plus the modules needed to mount the squashfs root from virtio-blk under an overlay.
ird=/tmp/initramfs
mkdir -p $ird/bin $ird/lib/modules $ird/proc $ird/sys $ird/dev $ird/lower $ird/upper $ird/newroot
cp /bin/busybox $ird/bin/busybox
# NIC, fw_cfg and PPP drivers too: insmod from the initramfs is much faster than modprobe from the squashfs under TCG
for m in virtio_pci virtio_blk squashfs overlay virtio_net qemu_fw_cfg ppp_generic; do
    modprobe -S "$kver" --show-depends "$m" | awk '$1 == "insmod" { print $2 }'
done | awk '!seen[$0]++' > /tmp/initramfs-modules
while read -r path; do cp "$path" $ird/lib/modules/; echo "$(basename "$path")"; done < /tmp/initramfs-modules > $ird/modules
cp /build/initramfs-init $ird/init
chmod +x $ird/init
(cd $ird && find . | cpio -o -H newc --quiet) > /out/initramfs.cpio

# PVH direct boot wants the uncompressed ELF kernel; Debian's bzImage carries it xz-compressed.
vmlinuz=/boot/vmlinuz-$kver
offset=$(grep -abo "$(printf '\3757zXZ')" "$vmlinuz" | head -n1 | cut -d: -f1)
tail -c +$((offset + 1)) "$vmlinuz" | xz -dc > /out/vmlinux 2>/dev/null || true
test -s /out/vmlinux

rm -rf /boot/initrd.img-* /build
mksquashfs / /out/rootfs.sqfs -comp zstd -noappend -quiet -no-progress \
    -e proc sys dev run tmp out boot var/cache/apt var/lib/apt
