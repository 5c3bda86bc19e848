// A broken site fails with file:line problems, every one of them in the one run, and publishes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('content/blog/2021-01-01-bad.md:3: error: date "2021-02-31" is not a real date on the calendar')
// The bad date keeps that post out of the site, but its text is still checked in the same run.
assert log.contains('content/blog/2021-01-01-bad.md:5: error: [WCAG 2.4.4 link-purpose ACT 5effbb] link text "click here"')
assert log.contains('content/about.md:4: error: [WCAG 2.4.4 link-purpose ACT 5effbb] link text "click here"')
// A missing picture, a "here" link and a pledge that fits no network: all three, each at its line.
assert log.contains('content/blog/2021-03-01-three.md:7: error: "dancing.jpg" does not exist')
assert log.contains('content/blog/2021-03-01-three.md:9: error: [WCAG 2.4.4 link-purpose ACT 5effbb] link text "click here"')
assert log.contains('content/blog/2021-03-01-three.md:11: error: the pledge fits no network')
assert !log.contains('broken-link') : 'the missing picture is said once, not again by the link check'
assert !new File(basedir, 'target/site').exists()
return true
