// The failing colour is named at its site.yml line, with the nearest shade of it that passes.
def log = new File(basedir, 'build.log').text
assert log =~ /site\.yml:5: error: \[WCAG 1\.4\.3 contrast\] colours\.brand #7fb3d5 has too little contrast for the header and buttons/
assert log =~ /the nearest shade of #7fb3d5 that passes is #[0-9a-f]{6}/
assert !new File(basedir, 'target/site').exists()
return true
