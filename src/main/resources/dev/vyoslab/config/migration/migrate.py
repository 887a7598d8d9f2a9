# vyos-lab's driver for vyos-1x's migration scripts, off the router: loads vyos-lab's configtree stand-in as
# vyos.configtree, then applies the scripts of a vyos-1x source folder in the order that ref's own runner uses.
#
# usage: python3 migrate.py SOURCES CONFIG_IN CONFIG_OUT absent|smoketest ROUTER_CONFIG
# CONFIG_IN is a config.boot (its version footer decides which scripts run). CONFIG_OUT receives the migrated
# config.boot with the target's footer; ROUTER_CONFIG is a folder that stands in for the router's /config (the
# scripts may change it). stdout receives one JSON object: scripts applied, scripts failed, what scripts printed,
# versions.
import builtins
import importlib.machinery
import importlib.util
import io
import json
import os
import re
import runpy
import sys
import tempfile
import traceback
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_standin(sources):
    sys.path.insert(0, str(sources / 'python'))
    import vyos  # the cached package; only its configtree is replaced
    spec = importlib.util.spec_from_file_location('vyos.configtree', HERE / 'configtree.py')
    mod = importlib.util.module_from_spec(spec)
    sys.modules['vyos.configtree'] = mod
    spec.loader.exec_module(mod)
    vyos.configtree = mod
    return mod


class _Absent:
    """What a module that is not installed here stands for: importing it works, using it fails with its name."""

    def __init__(self, name):
        self._name = name

    def __getattr__(self, attr):
        return _Absent(self._name + '.' + attr)

    def __call__(self, *args, **kwargs):
        raise RuntimeError('{} is not available off the router (vyos-lab has no {} here)'.format(
            self._name, self._name.split('.')[0]))


# What vyos-1x interfaces/20-to-21 asks the router's NICs (vyos-1x python/vyos/ethtool.py: (enabled, fixed) per
# feature). 'absent': the router's NICs are not on this machine, so nothing reads as enabled or fixed and the script
# changes nothing. 'smoketest': the virtual NICs of VyOS's smoketest VM, as its expected output shows them
# (vyos-1x smoketest/config-tests: GRO added, GSO/SG/TSO removed where configured).
NICS = {
    'absent': (lambda ifname: False, {}),
    'smoketest': (lambda ifname: re.fullmatch(r'eth\d+', ifname) is not None,
                  {'generic_receive_offload': (True, False)}),
}


def nic_class(features, fixed_default):
    class Nic:
        def __init__(self, ifname, *args, **kwargs):
            self.ifname = ifname

        def __getattr__(self, attr):
            if attr.startswith('get_') and attr.endswith(('_offload', '_gather')):
                return lambda *a, **k: features.get(attr[4:], (False, fixed_default))
            raise AttributeError(attr)
    return Nic


TIMEDATECTL = """#!/bin/sh
# vyos-lab: what 'timedatectl list-timezones' answers on the router, from this python's time zone database
[ "$1" = list-timezones ] || exit 1
exec "{python}" -c 'import zoneinfo; print("\\n".join(sorted(zoneinfo.available_timezones())))'
"""


class _AbsentFinder:
    """Last on sys.meta_path: a module nothing else finds (netifaces, psutil, tabulate: what VyOS's library imports
    and a plain python3 lacks) loads as an _Absent, and is named in the report."""

    def __init__(self, report, library):
        self.report = report
        self.library = str(library)

    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] == 'vyos' or not self._from_library():
            return None
        return importlib.util.spec_from_loader(name, self)

    def _from_library(self):
        # only VyOS's own imports: a library that probes for an optional module (try: import x) still gets its
        # ImportError
        f = sys._getframe(2)
        while f is not None and f.f_code.co_filename.startswith('<frozen'):
            f = f.f_back
        return f is not None and f.f_code.co_filename.startswith(self.library)

    def create_module(self, spec):
        import types
        mod = types.ModuleType(spec.name)
        mod.__path__ = []
        mod.__getattr__ = lambda attr, n=spec.name: _Absent(n + '.' + attr)
        if spec.name.split('.')[0] not in self.report['absent']:
            self.report['absent'].append(spec.name.split('.')[0])
        return mod

    def exec_module(self, module):
        pass


def off_router(report, sources, nics, bindir):
    """Modules VyOS's library imports but this python3 lacks stand in as _Absent; the scripts that ask the router's
    own NICs (vyos-1x interfaces/20-to-21) find none, instead of this machine's."""
    sys.meta_path.append(_AbsentFinder(report, (sources / 'python' / 'vyos').resolve()))
    exists, features = NICS[nics]
    try:
        import vyos.utils.network as network
        network.interface_exists = exists
    except ImportError:
        pass
    try:
        import vyos.ethtool as ethtool
        ethtool.Ethtool = nic_class(features, nics != 'absent')
    except ImportError:
        pass
    # vyos-1x system/13-to-14 asks timedatectl for the valid time zones
    shim = Path(bindir) / 'timedatectl'
    shim.write_text(TIMEDATECTL.format(python=sys.executable))
    shim.chmod(0o755)
    os.environ['PATH'] = str(bindir) + os.pathsep + os.environ.get('PATH', '')


class RouterConfig:
    """The router's /config, off the router: the scripts that move key and certificate files into the config
    (vyos-1x interfaces/25-to-26, rpki/1-to-2, ipsec/6-to-7, openconnect/0-to-1, …) read and move files under
    /config; here every such path means the same path under a folder, so they never touch this machine's own."""

    ROOT = '/config'

    def __init__(self, folder):
        self.folder = str(Path(folder).resolve())
        self.missing = []

    def to_folder(self, path):
        if isinstance(path, os.PathLike):
            path = os.fspath(path)
        if isinstance(path, str) and (path == self.ROOT or path.startswith(self.ROOT + '/')):
            return self.folder + path[len(self.ROOT):]
        return path

    def to_router(self, text):
        """A message names the router's path, not the folder's."""
        return text.replace(self.folder, self.ROOT)

    def _missed(self, path):
        p = os.fspath(path) if isinstance(path, os.PathLike) else path
        if isinstance(p, str) and p.startswith(self.ROOT + '/') and p not in self.missing:
            self.missing.append(p)

    def install(self):
        def mapped(fn, both=False, probe=False):
            def call(path, *args, **kwargs):
                if both and args:
                    args = (self.to_folder(args[0]),) + args[1:]
                try:
                    found = fn(self.to_folder(path), *args, **kwargs)
                except FileNotFoundError:
                    self._missed(path)
                    raise
                if probe and found is False:
                    self._missed(path)
                return found
            return call
        for module, names in ((builtins, ('open',)),
                              (os, ('stat', 'lstat', 'listdir', 'scandir', 'mkdir', 'makedirs', 'rmdir', 'unlink',
                                    'remove', 'chmod')),
                              (os.path, ('getsize',))):
            for name in names:
                setattr(module, name, mapped(getattr(module, name)))
        # a file looked for and not found may be named in the report (quiet): what a copy of /config would give
        for module, names in ((os, ('access',)), (os.path, ('exists', 'isfile', 'isdir'))):
            for name in names:
                setattr(module, name, mapped(getattr(module, name), probe=True))
        for name in ('rename', 'replace'):
            setattr(os, name, mapped(getattr(os, name), both=True))
        # the router's users and groups (vyattacfg) are not on this machine, and ownership is not the config's
        # (vyos-1x interfaces/7-to-8 migrate_default_keys chowns the key folder)
        os.chown = lambda *a, **k: None
        try:
            import vyos.utils.permission as permission
            permission.chown = lambda *a, **k: None
        except ImportError:
            pass


def system_versions(sources):
    # vyos-1x python/vyos/xml_ref component_version(): the syntaxVersion of each component in the definitions
    found = {}
    for f in sorted((sources / 'interface-definitions' / 'include' / 'version').glob('*.xml.i')):
        for name, ver in re.findall(r"<syntaxVersion component='([\w-]+)' version='(\d+)'", f.read_text()):
            found[name] = int(ver)
    return found


def file_versions(text):
    # vyos-1x@1.4.0 python/vyos/component_version.py from_string: the vyos footer wins over a vyatta one
    found = None
    for pattern in (r'/\* === vyatta-config-version:\s+"([\w@:-]+)"\s+=== \*/', r'// vyos-config-version:\s+"([\w@:-]+)"'):
        m = re.search(pattern, text)
        if m:
            found = {k: int(v) for k, v in (p.split('@') for p in m.group(1).split(':'))}
    return found


def ordered(components):
    # vyos-1x@1.4.0 python/vyos/migrator.py and @current python/vyos/migrate.py: sorted, 'bgp' just before 'quagga'
    keys = sorted(components)
    if 'bgp' in keys and 'quagga' in keys:
        keys.insert(keys.index('quagga'), keys.pop(keys.index('bgp')))
    return keys


def numbers(p):
    return [int(n) for n in re.findall(r'\d+', p.name)]


def quiet(fn, name, report, router):
    """Runs script name's fn with its own prints kept apart from our JSON: they go to report['said'] (what VyOS
    would log at boot, such as 'Failed to migrate CA certificate on openvpn interface vtun0'), a failure to
    report['failed']. The /config files it looked for and lacked go to report['missing'] if it said something or
    failed: a script that probes for an optional file (vyos-1x interfaces/7-to-8, the keys' old place) and goes on
    in silence lacked nothing. Returns True if it ran."""
    out = io.StringIO()
    error = None
    router.missing = []
    try:
        with redirect_stdout(out), redirect_stderr(out):
            fn()
    except SystemExit as e:
        if e.code not in (None, 0):
            error = 'exit status {}: {}'.format(e.code, out.getvalue().strip()[-500:])
    except BaseException as e:
        # the innermost frame that is not this driver's own (its RouterConfig wraps open, exists, …)
        tb = [t for t in traceback.extract_tb(e.__traceback__) if Path(t.filename).resolve() != Path(__file__).resolve()]
        where = '{}:{}'.format(Path(tb[-1].filename).name, tb[-1].lineno) if tb else ''
        error = '{}: {} (at {})'.format(type(e).__name__, e, where)
    said = out.getvalue().strip()
    if said and error is None:
        report['said'].append({'script': name, 'text': router.to_router(said)[-2000:]})
    if error is not None:
        report['failed'].append({'script': name, 'error': router.to_router(error)})
    if said or error is not None:
        report['missing'] += [m for m in router.missing if m not in report['missing']]
    return error is None


def run_modules(sources, tree_mod, text, cfg, sys_ver, report, router):
    # vyos-1x@current python/vyos/migrate.py run_migration_scripts: one tree; per component every n-to-m module with
    # n >= the footer's version (all of them without a footer), each module's migrate(config) in turn; a failure
    # ends that component
    tree = tree_mod.ConfigTree(text)
    revision = {k: v for k, v in (cfg or {}).items() if k in sys_ver}
    for key in ordered(sys_ver):
        scripts = sorted((sources / 'src' / 'migration-scripts' / key).glob('*-to-*'), key=numbers)
        if cfg is not None:
            scripts = [s for s in scripts if numbers(s)[0] >= cfg.get(key, 0)]
        if not scripts:
            revision[key] = sys_ver[key]
            continue
        for s in scripts:
            name = '{}/{}'.format(key, s.name)
            modname = s.name.replace('-', '_')
            spec = importlib.util.spec_from_loader(modname, importlib.machinery.SourceFileLoader(modname, str(s)))
            mod = importlib.util.module_from_spec(spec)

            def apply():
                spec.loader.exec_module(mod)
                mod.migrate(tree)
            if not quiet(apply, name, report, router):
                break
            report['applied'].append(name)
            revision[key] = numbers(s)[1]
    # vyos-1x@current python/vyos/migrate.py normalize_config_body: parsed once more, so nodes read in VyOS's order
    return tree_mod.ConfigTree(tree.to_string(no_version=True)), revision


def run_executables(sources, tree_mod, text, cfg, sys_ver, report, router):
    # vyos-1x@1.4.0 python/vyos/migrator.py run_migration_scripts: per component, cfg_ver-to-cfg_ver+1 until the
    # system's version; each script is a program that rewrites the file it is given; a missing one is skipped
    cfg = cfg or {}
    revision = {}
    with tempfile.TemporaryDirectory() as d:
        work = Path(d) / 'config.boot'
        work.write_text(tree_mod.ConfigTree(text).to_string(no_version=True))
        for key in ordered(sys_ver):
            ver = cfg.get(key, 0)
            while ver < sys_ver[key]:
                s = sources / 'src' / 'migration-scripts' / key / '{}-to-{}'.format(ver, ver + 1)
                if s.is_file():
                    name = '{}/{}'.format(key, s.name)

                    def apply():
                        sys.argv = [str(s), str(work)]
                        runpy.run_path(str(s), run_name='__main__')
                    if quiet(apply, name, report, router):
                        report['applied'].append(name)
                ver += 1
            revision[key] = ver
        tree = tree_mod.ConfigTree(work.read_text())
    return tree, revision


def main():
    sources, config_in, config_out = Path(sys.argv[1]).resolve(), Path(sys.argv[2]), Path(sys.argv[3])
    nics, router = sys.argv[4], RouterConfig(sys.argv[5])
    tree_mod = load_standin(sources)
    text = config_in.read_text()
    cfg = file_versions(text)
    sys_ver = system_versions(sources)
    report = {'applied': [], 'failed': [], 'absent': [], 'said': [], 'missing': []}
    off_router(report, sources, nics, config_out.resolve().parent)
    router.install()
    os.environ['VYOS_MIGRATION'] = '1'
    modules = (sources / 'python' / 'vyos' / 'migrate.py').is_file()
    tree, revision = (run_modules if modules else run_executables)(sources, tree_mod, text, cfg, sys_ver, report, router)
    report['versions'] = revision
    footer = ':'.join('{}@{}'.format(k, revision[k]) for k in sorted(revision))
    # the footer as vyos-1x python/vyos/component_version.py writes it
    config_out.write_text(tree.to_string(no_version=True) + '\n// Warning: Do not remove the following line.\n'
                          + '// vyos-config-version: "{}"\n// Release version: {}\n'.format(footer, sources.name))
    json.dump(report, sys.stdout)


if __name__ == '__main__':
    main()
