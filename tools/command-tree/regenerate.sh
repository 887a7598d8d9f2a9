#!/bin/sh
# Regenerates the committed command trees from local git mirrors of VyOS's repositories.
# MIRROR holds one bare repository per source as MIRROR/vyos+NAME/repo (the layout the search tool's
# fetch leaves); the commits below are pinned: change them deliberately, and say so in the commit.
# Needs java 17, git, tar and perl (the vyatta packages' template generators are perl scripts).
set -eu
MIRROR=${MIRROR:-/work/.mirror}
cd "$(dirname "$0")/../.."
OUT=src/main/resources/dev/vyoslab/config/tree
GEN="java tools/command-tree/GenerateCommandTree.java"
src() { echo "--source $1 $MIRROR/vyos+$1/repo $2 $3"; }

# 1.3.4: vyos-1x plus the template packages vyos-world (branch equuleus) depends on, each at its own
# tag 1.3.4 (all on branch equuleus).
$GEN --release 1.3.4 --out $OUT/vyos-1.3.4.tree \
  $(src vyos-1x 1.3.4 e6118a08081faccaccea14fe1c30a633250ef901) \
  $(src vyatta-cfg-system 1.3.4 2ec876ba9034c4e35538860d3128c6c13e185825) \
  $(src vyatta-config-mgmt 1.3.4 0d325e103e54448a08e7e9982658bd19e81d0a3a) \
  $(src vyatta-cfg-firewall 1.3.4 49dd3dc21d7069c1934541c05ecb2201bd8313a2) \
  $(src vyatta-cfg-qos 1.3.4 68e0ffc3cd79ccc760e6d29b75ae5707fd676ebc) \
  $(src vyatta-cfg-quagga 1.3.4 fa7b0412c16b8ac861337eb2e993cb68540fdaf6) \
  $(src vyatta-cfg-vpn 1.3.4 9cc815ff47ca58160d029fec25203ad7b0032eda) \
  $(src vyatta-cluster 1.3.4 1f93389db81d2726e0b808ab675bc2a3408fa372) \
  $(src vyatta-conntrack 1.3.4 f8d57eb977526c8585f1ee22c925555710bafb67) \
  $(src vyatta-nat 1.3.4 01b9a8598dabd391cc42da4c66d7a8067846b12b) \
  $(src vyatta-wanloadbalance 1.3.4 c7708bc6ef689f5744272a15a601a56a03890afa) \
  $(src vyatta-zone 1.3.4 f5fdd26e054036030e6ae6b1cf4169c86b653a30) \
  $(src vyos-nhrp 1.3.4 43421e0feb360f67d00fba972c9468f314e587d9)

# 1.4.0 and rolling: vyos-1x only (vyos-world's other dependencies install no configuration templates there).
$GEN --release 1.4.0 --out $OUT/vyos-1.4.0.tree \
  $(src vyos-1x 1.4.0 9017dad232c00ed10347ff9b1adec3324b3bff71)

# rolling: the commit of branch current that ../shared/vyos-1x/current/ was taken from.
$GEN --release rolling --out $OUT/vyos-rolling.tree \
  $(src vyos-1x current 3710c5879f5733d05aae6e156f74d62b73821b2d)
