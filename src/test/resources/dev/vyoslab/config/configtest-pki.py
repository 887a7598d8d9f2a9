# The key and certificate files that VyOS's configtest VM has in /config/auth before it loads the smoketest configs
# (vyos-1x smoketest/bin/vyos-configtest-pki, run by vyos-build scripts/check-qemu-install --configtest): a CA with
# an empty CRL, a sub-CA, their chain, a server certificate and an OpenVPN static key, all freshly made there too, so
# vyos-1x smoketest/config-tests name them but never list their contents. Made here with VyOS's own vyos.pki.
#
# usage: python3 configtest-pki.py SOURCES AUTH_DIR
import secrets
import sys
from pathlib import Path

sys.path.insert(0, str(Path(sys.argv[1]) / 'python'))
from vyos.pki import (create_certificate, create_certificate_request, create_certificate_revocation_list,
                      create_private_key, encode_certificate, encode_private_key)

auth = Path(sys.argv[2])
auth.mkdir(parents=True, exist_ok=True)


def subject(name):
    return {'country': 'DE', 'state': 'BY', 'locality': 'Cloud', 'organization': 'VyOS', 'common_name': name}


def certificate(name, signer=None, ca=False, sub_ca=False):
    key = create_private_key('rsa', 2048)
    request = create_certificate_request(subject(name), key)
    cert = create_certificate(request, signer[0] if signer else request, signer[1] if signer else key,
                              is_ca=ca, is_sub_ca=sub_ca)
    return cert, key


ca = certificate('VyOS CA', ca=True)
sub_ca = certificate('VyOS SubCA', signer=ca, ca=True, sub_ca=True)
server = certificate('VyOS', signer=sub_ca)
(auth / 'ovpn_test_ca.pem').write_text(encode_certificate(ca[0]))
(auth / 'ovpn_test_ca.crl').write_text(encode_certificate(create_certificate_revocation_list(ca[0], ca[1], [1])))
(auth / 'ovpn_test_chain.pem').write_text(encode_certificate(sub_ca[0]) + '\n' + encode_certificate(ca[0]) + '\n')
(auth / 'ovpn_test_server.pem').write_text(encode_certificate(server[0]))
(auth / 'ovpn_test_server.key').write_text(encode_private_key(server[1]))
# what 'openvpn --genkey secret FILE' writes: 2048 random bits as 16 lines of hex
static = '\n'.join(secrets.token_hex(16) for _ in range(16))
(auth / 'ovpn_test_tls_auth.key').write_text(
    '-----BEGIN OpenVPN Static key V1-----\n' + static + '\n-----END OpenVPN Static key V1-----\n')
