;;; semdiff-magit-test.el --- semdiff beside a loaded Magit -*- lexical-binding: t; -*-

;;; Commentary:

;; Run in an Emacs of its own with Magit loaded (scripts/check-emacs);
;; the other suites run without Magit, which semdiff does not need.

;;; Code:

(require 'semdiff-test-support)
(require 'magit)

(ert-deftest semdiff-magit-test-show-takes-the-commit-at-point-in-the-log ()
  "In Magit's log, semdiff-show opens the commit at point without asking."
  (semdiff-test-with-repo
    (semdiff-test-git "commit" "-q" "-a" "-m" "second")
    (let ((first (string-trim (semdiff-test-git "rev-parse" "--short" "HEAD~1"))))
      (magit-log-all)
      (with-current-buffer (magit-get-mode-buffer 'magit-log-mode)
        (goto-char (point-min))
        (re-search-forward (concat "^" first " "))
        (should (equal (magit-commit-at-point) first))
        (cl-letf (((symbol-function 'read-string)
                   (lambda (&rest _) (error "Should not prompt"))))
          (let ((buffer (call-interactively #'semdiff-show)))
            (semdiff-test-wait buffer)
            (with-current-buffer buffer
              (should (equal (buffer-name)
                             (format "*semdiff show %s: %s*" first
                                     (file-name-nondirectory (directory-file-name root)))))
              (should (string-match-p "\\`empty tree → " (semdiff-test-heading
                                                           (car (semdiff-test-sections
                                                                 'semdiff-group-section)))))
              ;; The first commit: beta, not yet renamed to gamma.
              (should (semdiff-test-entity "beta"))
              (should-not (cl-some (lambda (section)
                                     (string-match-p "gamma" (semdiff-test-heading section)))
                                   (semdiff-test-sections 'semdiff-entity-section))))))
        (kill-buffer (current-buffer))))))

(ert-deftest semdiff-magit-test-stage-refreshes-magit-status ()
  "s in semdiff refreshes the repository's magit-status buffer: the file shows as staged."
  (semdiff-test-with-repo
    (magit-status-setup-buffer root)
    (let ((status (magit-get-mode-buffer 'magit-status-mode)))
      (with-current-buffer status
        (should (string-match-p "^Unstaged changes" (buffer-string)))
        (should-not (string-match-p "^Staged changes" (buffer-string))))
      (let ((buffer (semdiff)))
        (semdiff-test-wait buffer)
        (switch-to-buffer buffer)
        (goto-char (oref (car (semdiff-test-sections 'semdiff-file-section)) start))
        (semdiff-test-press buffer "s")
        (semdiff-test-wait buffer))
      (with-current-buffer status
        (should (string-match-p "^Staged changes" (buffer-string)))
        (should-not (string-match-p "^Unstaged changes" (buffer-string))))
      (kill-buffer status))))

(ert-deftest semdiff-magit-test-diff-transient-reaches-semdiff ()
  "Magit's diff transient (d in magit-status) has S for semdiff."
  (require 'magit-diff)
  (should (equal (plist-get (nth 2 (transient-get-suffix 'magit-diff "S")) :command)
                 'semdiff)))

(ert-deftest semdiff-magit-test-commit-goes-through-magit ()
  "c runs magit-commit-create when Magit is loaded."
  (semdiff-test-with-repo
    (let ((buffer (semdiff))
          (called nil))
      (semdiff-test-wait buffer)
      (cl-letf (((symbol-function 'magit-commit-create) (lambda (&rest _) (setq called t))))
        (semdiff-test-press buffer "c"))
      (should called))))

(ert-deftest semdiff-magit-test-opened-from-a-file-in-magit-status-lands-on-it ()
  "semdiff (d S) from a file in magit-status puts point on that file's section."
  (semdiff-test-with-repo
    (semdiff-test-write "b.py" "def other():\n    return 1\n")
    (semdiff-test-git "add" "b.py")
    (semdiff-test-git "commit" "-q" "-m" "b")
    (semdiff-test-write "b.py" "def other():\n    return 2\n")
    (semdiff-test-git "add" "b.py")
    (magit-status-setup-buffer root)
    (let ((status (magit-get-mode-buffer 'magit-status-mode)))
      (with-current-buffer status
        (goto-char (point-min))
        (re-search-forward "^modified +b\\.py")
        (let ((buffer (call-interactively #'semdiff)))
          (semdiff-test-wait buffer)
          (with-current-buffer buffer
            (let ((section (magit-current-section)))
              (should (object-of-class-p section 'semdiff-file-section))
              (should (equal (alist-get 'new_path (oref section data)) "b.py"))
              (should (eq (oref (oref section parent) value) 'staged))))))
      (kill-buffer status))))

(provide 'semdiff-magit-test)
;;; semdiff-magit-test.el ends here
