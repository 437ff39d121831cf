-- Running a shell command: os has only time, date and clock.
os.execute("touch /tmp/marquee-pwned")
