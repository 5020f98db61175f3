;;; semdiff.el --- Review, edit and stage changes entity by entity -*- lexical-binding: t; -*-

;; Copyright (C) 2026 The semdiff developers

;; Author: The semdiff developers
;; Version: 0.1.0
;; Package-Requires: ((emacs "28.1") (magit-section "3.3.0"))
;; Keywords: tools, vc

;; This file is not part of GNU Emacs.

;;; Commentary:

;; A Magit-style review buffer over the semdiff CLI.  Instead of files
;; and line hunks it lists the entities that changed (functions,
;; methods, classes...), each added, removed, modified, renamed or
;; moved.  TAB expands an entity into its diff, RET visits the exact
;; line, `e' edits the entity in place, `s', `u' and `k' stage,
;; unstage and discard one entity at a time, and `l' lists the commits
;; that changed an entity, each expandable into its diff.
;;
;; Entry points: `semdiff' (the working tree: unstaged and staged
;; changes), `semdiff-staged', `semdiff-show', `semdiff-range' and
;; `semdiff-files'.  The CLI must be installed; see `semdiff-command'.
;;
;; Everything shown comes from `semdiff ... --format json', and every
;; change to the repository goes through `semdiff git --format patch
;; --entity ID' piped into `git apply', so the buffer and git agree.

;;; Code:

(require 'cl-lib)
(require 'subr-x)
(require 'diff-mode)
(require 'magit-section)

(declare-function magit-commit-at-point "ext:magit-git" ())

;;;; Options

(defgroup semdiff nil
  "Review changes entity by entity."
  :group 'tools
  :prefix "semdiff-")

(defcustom semdiff-command '("semdiff")
  "The program that runs the semdiff CLI, with any leading arguments.
For example, (\"python3\" \"-m\" \"semdiff\") or an absolute path."
  :type '(repeat string))

(defcustom semdiff-include-untracked t
  "Whether `semdiff' lists untracked files as added."
  :type 'boolean)

(defcustom semdiff-save-buffers 'ask
  "Whether to save modified buffers of the repository before a diff.
The CLI reads files from disk, so unsaved edits are not in the
diff.  `ask' offers to save each, t saves them all silently, nil
leaves them alone."
  :type '(choice (const :tag "Ask" ask)
                 (const :tag "Save silently" t)
                 (const :tag "Do not save" nil)))

(defcustom semdiff-after-refresh-hook nil
  "Hook run in a semdiff buffer after it has been redrawn."
  :type 'hook)

;;;; Faces

(defface semdiff-added '((t :inherit success))
  "Face for the status of added entities and files.")

(defface semdiff-removed '((t :inherit error))
  "Face for the status of removed entities and files.")

(defface semdiff-modified '((t :inherit font-lock-type-face))
  "Face for the status of modified entities and files.")

(defface semdiff-renamed '((t :inherit font-lock-keyword-face))
  "Face for the status of renamed entities and files.")

(defface semdiff-moved '((t :inherit font-lock-constant-face))
  "Face for the status of moved entities.")

(defface semdiff-unchanged '((t :inherit shadow))
  "Face for the status of unchanged entities.")

(defface semdiff-secondary '((t :inherit shadow))
  "Face for entity kinds, flags, similarity and notes.")

(defface semdiff-entity-name '((t :inherit bold))
  "Face for entity names.")

(defface semdiff-commit-hash '((t :inherit font-lock-constant-face))
  "Face for a commit's short hash in an entity's history.")

(defface semdiff-file-heading '((t :inherit magit-section-heading))
  "Face for file headings.")

(defface semdiff-hunk-heading '((t :inherit diff-hunk-header))
  "Face for hunk headings.")

(defface semdiff-diff-added '((t :inherit diff-added))
  "Face for added lines.")

(defface semdiff-diff-removed '((t :inherit diff-removed))
  "Face for removed lines.")

(defface semdiff-diff-context '((t :inherit diff-context))
  "Face for context lines.")

;;;; Sections

;; magit-section 3.3.0 ignores extra initargs to `magit-insert-section',
;; so the JSON object behind a section is set with `oset' after creation.
(defclass semdiff-section (magit-section)
  ((data :initform nil))
  "A section that carries the JSON object it was drawn from.")

(defclass semdiff-root-section (magit-section) ()
  "The whole semdiff buffer.")

(defclass semdiff-group-section (semdiff-section)
  ((files :initform nil))
  "A group of files: its value is the role, its data the document of its CLI run.
Its files are the ones of the document it lists: the unstaged
changes' run gives two groups, the untracked files and the rest.")

(defclass semdiff-message-section (semdiff-section) ()
  "The commit's author, date and message, in `semdiff-show'.")

(defclass semdiff-file-section (semdiff-section) ()
  "A file pair: its value is the file id.")

(defclass semdiff-entity-section (semdiff-section) ()
  "An entity: its value is the entity id, stable across refreshes.")

(defclass semdiff-hunk-section (semdiff-section) ()
  "A hunk of an entity: its value is the hunk's index.")

;;;; Buffer state

(defvar-local semdiff--view nil
  "What the buffer shows, a plist.
:kind is `status', `git', `show' or `files'; :args the revision
arguments (for `git' and `show'); :sources the two files or
buffers (for `files').")

(defvar semdiff--inline)

(defvar-local semdiff--verifying nil
  "The run over everything that follows a partial redraw: its timer or requests.")

(defvar-local semdiff--processes nil
  "The CLI processes (or server requests' ids) of the refresh under way, or nil.")

(defvar-local semdiff--generation 0
  "Counts refreshes, so that a slow, superseded run is ignored.")

(defvar-local semdiff--drawn nil
  "Whether the buffer shows a diff (rather than a placeholder or an error).")

(defvar-local semdiff--goto-file nil
  "Where point goes at the next drawing, (ROLE PATH), or nil.
Set when `semdiff' is opened from a file in Magit's status.")

(defvar-local semdiff--header nil
  "The header line of the last drawing.")

(defvar-local semdiff--last-error nil
  "The CLI's error output from the last failed refresh, or nil.")

(defconst semdiff--statuses '(added removed modified renamed moved)
  "The entity statuses the summary counts, in display order.")

;;;; Running the CLI

(defun semdiff--succeeded-p (code)
  "Return non-nil when CODE, the CLI's exit status, means its output is there.
The CLI exits 0 after showing a diff, as git diff does, and 2 for
trouble.  1 only says that there were differences: the CLI exits so
with --exit-code (which a `semdiff-command' could carry) and did by
default before it followed git, so it is no failure either."
  (memq code '(0 1)))

(defun semdiff--process-buffer-name ()
  "Return the name of the buffer that logs the CLI processes of this buffer."
  (format " *semdiff-process: %s*" (buffer-name)))

(defun semdiff--process-buffer ()
  "Return the buffer that logs the CLI processes of the current buffer."
  (get-buffer-create (semdiff--process-buffer-name)))

;;;; The resident CLI

(defcustom semdiff-use-server t
  "Whether to run the CLI through one resident `semdiff serve' process.
The process answers each command as a new CLI process would, byte
for byte, without paying its start-up (Python, the grammars) every
time; it keeps parsed files between requests.  It starts at the
first command and again if it dies.  Remote directories always run
a CLI process of their own."
  :type 'boolean)

(defvar semdiff--server nil
  "The `semdiff serve' process of this Emacs, or nil.")

(defvar semdiff--server-environment nil
  "The `process-environment' the server started with.")

(defvar semdiff--server-command nil
  "The `semdiff-command' the server started with.")

(defvar semdiff--server-next-id 0
  "The id of the last request sent to the server.")


(defun semdiff--server-usable-p ()
  "Return non-nil when the CLI should run through the server here."
  (and semdiff-use-server (not (file-remote-p default-directory))))

(defun semdiff--server-process ()
  "Return the live server process, started if there is none."
  (unless (and (process-live-p semdiff--server)
               (equal semdiff--server-command semdiff-command))
    (semdiff-stop-server)
    ;; Each request names its own directory; this one only has to exist.
    (let ((default-directory (file-name-as-directory
                              (expand-file-name temporary-file-directory)))
          (errors (make-pipe-process
                   :name "semdiff serve stderr"
                   :buffer (get-buffer-create " *semdiff-serve-stderr*")
                   :coding 'utf-8-unix :noquery t :sentinel #'ignore
                   :filter #'semdiff--server-stderr-filter)))
      (setq semdiff--server-environment (copy-sequence process-environment)
            semdiff--server-command semdiff-command)
      (setq semdiff--server
            (make-process
             :name "semdiff serve"
             :buffer (generate-new-buffer " *semdiff-serve*")
             :command (append semdiff-command '("serve"))
             :coding 'utf-8-unix :connection-type 'pipe :noquery t
             :stderr errors
             :filter #'semdiff--server-filter
             :sentinel #'semdiff--server-sentinel))
      (process-put semdiff--server 'semdiff-stderr errors)
      ;; Request id -> callback, for the requests this server has not answered yet.
      (process-put semdiff--server 'semdiff-waiting (make-hash-table :test #'eql))))
  semdiff--server)

(defconst semdiff--server-stderr-limit 20000
  "Characters of the server's error output kept; older text is dropped.
A long-lived server writes warnings (git's, Python's) that nothing
reads until it dies, when its last words explain why.")

(defun semdiff--server-stderr-filter (process output)
  "Append OUTPUT, the server's error output, to PROCESS's buffer, keeping its end."
  (let ((buffer (process-buffer process)))
    (when (buffer-live-p buffer)
      (with-current-buffer buffer
        (goto-char (point-max))
        (insert output)
        (when (> (buffer-size) semdiff--server-stderr-limit)
          (delete-region (point-min) (- (point-max) (/ semdiff--server-stderr-limit 2))))))))

(defun semdiff-stop-server ()
  "Stop the resident `semdiff serve' process.
The next command that runs the CLI starts another."
  (interactive)
  (when (process-live-p semdiff--server)
    (delete-process semdiff--server))
  (setq semdiff--server nil))

(defun semdiff--server-filter (process output)
  "Read OUTPUT of the server PROCESS: each complete line answers a request."
  (let ((buffer (process-buffer process)))
    (when (buffer-live-p buffer)
      (with-current-buffer buffer
        (goto-char (point-max))
        (insert output)
        (goto-char (point-min))
        (while (search-forward "\n" nil t)
          (let ((line (buffer-substring (point-min) (point))))
            (delete-region (point-min) (point))
            ;; A line that is not an answer (a broken server) is dropped:
            ;; its request fails when the server ends.
            (let ((answer (ignore-errors (semdiff--parse line))))
              (when (consp answer)
                (semdiff--server-answer process answer)))))))))

(defun semdiff--server-field (answer name)
  "Return the output field NAME (`stdout' or `stderr') of ANSWER."
  (let ((encoded (alist-get (intern (format "%s_base64" name)) answer)))
    (if encoded
        (decode-coding-string (base64-decode-string encoded) 'utf-8)
      (or (alist-get name answer) ""))))

(defun semdiff--server-answer (process answer)
  "Call the callback waiting for ANSWER, a parsed line of the server PROCESS."
  (let* ((id (alist-get 'id answer))
         (waiting (process-get process 'semdiff-waiting))
         (callback (gethash id waiting)))
    (when callback
      (remhash id waiting)
      (funcall callback (alist-get 'exit answer)
               (semdiff--server-field answer 'stdout)
               (semdiff--server-field answer 'stderr)))))

(defun semdiff--server-sentinel (process event)
  "Fail every request still waiting when the server PROCESS ends with EVENT."
  (unless (process-live-p process)
    (let* ((waiting nil)
           (table (process-get process 'semdiff-waiting))
           (errors (process-get process 'semdiff-stderr))
           (said (progn
                   ;; What it wrote to stderr may not have been read yet.
                   (let ((deadline (+ (float-time) 2)))
                     (while (and (memq (process-status errors) '(open run))
                                 (< (float-time) deadline))
                       (accept-process-output errors 0.05)))
                   (if (buffer-live-p (process-buffer errors))
                       (with-current-buffer (process-buffer errors)
                         (prog1 (buffer-string) (erase-buffer)))
                     "")))
           (reason (concat (format "semdiff serve ended: %s\n" (string-trim event)) said)))
      (maphash (lambda (_id callback) (push callback waiting)) table)
      (clrhash table)
      (when (eq process semdiff--server)
        (setq semdiff--server nil))
      (when (process-live-p (process-get process 'semdiff-stderr))
        (delete-process (process-get process 'semdiff-stderr)))
      (when (buffer-live-p (process-buffer process))
        (kill-buffer (process-buffer process)))
      (dolist (callback waiting)
        (funcall callback -1 "" reason)))))

(defun semdiff--server-env ()
  "Return the variables that differ from the server's, for a request.
A buffer may have its own `process-environment' (direnv, envrc)."
  (let ((env nil))
    (dolist (entry process-environment)
      (unless (member entry semdiff--server-environment)
        (let ((at (string-search "=" entry)))
          (push (if at
                    (cons (substring entry 0 at) (substring entry (1+ at)))
                  (cons entry :null))
                env))))
    (dolist (entry semdiff--server-environment)
      (let* ((at (string-search "=" entry))
             (name (if at (substring entry 0 at) entry)))
        (unless (or (assoc name env) (getenv name))
          (push (cons name :null) env))))
    (nreverse env)))

(defun semdiff--server-request (args callback)
  "Send ARGS to the server, to run in `default-directory'.
Call CALLBACK with the exit code, the output and the error output.
Return the request's id, which `semdiff--server-cancel' takes."
  (let ((process (semdiff--server-process))
        (id (cl-incf semdiff--server-next-id)))
    (puthash id callback (process-get process 'semdiff-waiting))
    (condition-case failure
        (process-send-string
         process
         (concat (json-serialize
		  (list :id id :argv (vconcat args)
			:cwd (expand-file-name default-directory)
			:env (let ((env (semdiff--server-env)))
                               (if env
				   (cl-loop for (name . value) in env
                                            append (list (intern (concat ":" name)) value))
				 #s(hash-table))))
                  :null-object :null)
                 "\n"))
      ;; It died before reading the request: the sentinel answers, or this does.
      (error
       (when (gethash id (process-get process 'semdiff-waiting))
         (remhash id (process-get process 'semdiff-waiting))
         (run-at-time 0 nil callback -1 ""
                      (format "semdiff serve: %s" (error-message-string failure))))))
    id))

(defun semdiff--server-cancel (id)
  "Forget request ID: its answer, when it comes, is dropped."
  (when (processp semdiff--server)
    (remhash id (process-get semdiff--server 'semdiff-waiting))))

(defun semdiff--server-call (args)
  "Run ARGS through the server and wait: return (CODE STDOUT STDERR)."
  (let ((result nil))
    (semdiff--server-request args (lambda (&rest answer) (setq result answer)))
    (while (not result)
      (accept-process-output semdiff--server 0.05))
    result))

(defun semdiff--call-cli (args &optional callback)
  "Run the CLI with ARGS in `default-directory': every CLI call is made here.
With CALLBACK, run it asynchronously: call CALLBACK with the exit
code, the output and the error output once the process has ended,
and return the process.  Without, run it synchronously and return
\(EXIT STDOUT STDERR).  This is the one place that knows how the
CLI is reached: through the resident server when
`semdiff-use-server' says so and the directory is local (the async
call then returns the request's id), a process per call otherwise."
  (cond
   ((and callback (semdiff--server-usable-p))
    (semdiff--server-request args callback))
   (callback
    (semdiff--call-cli-async args callback))
   ((semdiff--server-usable-p)
    (semdiff--server-call args))
   (t
    (let ((errfile (make-temp-file "semdiff-err")))
      (unwind-protect
          (with-temp-buffer
            (let* ((coding-system-for-read 'utf-8-unix)
                   (code (apply #'process-file (car semdiff-command) nil
                                (list t errfile) nil
                                (append (cdr semdiff-command) args))))
              (list code (buffer-string) (semdiff--file-string errfile))))
        (delete-file errfile))))))

(defun semdiff--call-cli-async (args callback)
  "Start the CLI with ARGS; return the process.
CALLBACK gets (EXIT STDOUT STDERR).  Only `semdiff--call-cli' calls this."
  (let* ((out (generate-new-buffer " *semdiff-out*"))
         (err (generate-new-buffer " *semdiff-err*"))
         ;; An explicit pipe: the default one's sentinel would write
         ;; "Process ... finished" among the error output.
         (pipe (make-pipe-process :name "semdiff stderr" :buffer err
                                  :coding 'utf-8-unix :noquery t :sentinel #'ignore))
         (command (append semdiff-command args)))
    (condition-case failure
        (make-process
         :name "semdiff" :buffer out :stderr pipe :command command
         :coding 'utf-8-unix :connection-type 'pipe :noquery t
         :sentinel
         (lambda (process _event)
           (unless (process-live-p process)
             ;; The pipe may still hold unread error output.
             (while (memq (process-status pipe) '(open run))
               (accept-process-output pipe 0.05))
             (let ((code (if (eq (process-status process) 'exit)
                             (process-exit-status process)
                           -1))
                   (stdout (with-current-buffer out (buffer-string)))
                   (stderr (with-current-buffer err (buffer-string))))
               (kill-buffer out)
               (kill-buffer err)
               (funcall callback code stdout stderr)))))
      (error
       (delete-process pipe)
       (kill-buffer out)
       (kill-buffer err)
       (user-error "Cannot run %s (see `semdiff-command'): %s"
                   (car command) (error-message-string failure))))))

(defun semdiff--run-sync (args)
  "Run the CLI with ARGS and return its output.
Signal an error with the CLI's message when it fails."
  (pcase-let ((`(,code ,stdout ,stderr) (semdiff--call-cli args)))
    (unless (semdiff--succeeded-p code)
      (error "Semdiff failed: %s" (semdiff--first-line stderr)))
    stdout))

(defun semdiff--file-string (file)
  "Return the contents of FILE."
  (with-temp-buffer
    (insert-file-contents file)
    (buffer-string)))

(defun semdiff--report-failure (failure)
  "Show FAILURE, the CLI's stderr or a reading error, as the buffer's last error.
A drawn buffer keeps its contents under a \"not refreshed\" header; an
empty one shows the first line.  The log has the rest ($)."
  (let ((line (semdiff--first-line failure)))
    ;; The CLI's own errors already say "semdiff: ...".
    (unless (string-prefix-p "semdiff" line)
      (setq line (concat "semdiff failed: " line)))
    (setq semdiff--last-error (string-trim failure))
    (if semdiff--drawn
        (setq header-line-format
              (concat (propertize "[not refreshed: see $] " 'face 'error)
                      (semdiff--header-text)))
      (semdiff--draw-message line))
    (message "%s (press $ for the log)" line)))

(defun semdiff--first-line (text)
  "Return the first non-empty line of TEXT, or a placeholder."
  (or (car (split-string (or text "") "\n" t "[ \t\r]+"))
      "no error message"))

(defun semdiff--git (input &rest args)
  "Run git with ARGS in `default-directory', feeding it INPUT when non-nil.
Signal an error with git's message when it fails."
  (let ((errfile (make-temp-file "semdiff-git")))
    (unwind-protect
        (with-temp-buffer
          (when input (insert input))
          (unless (eq 0 (apply #'call-process-region (point-min) (point-max)
                               "git" t (list t errfile) nil args))
            (error "Git %s failed: %s" (car args)
                   (semdiff--first-line (semdiff--file-string errfile)))))
      (delete-file errfile))))

(defun semdiff--parse (json)
  "Parse the CLI's JSON output JSON into alists and lists."
  (if (json-available-p)
      (json-parse-string json :object-type 'alist :array-type 'list
                         :null-object nil :false-object nil)
    (require 'json)
    (with-no-warnings
      (let ((json-object-type 'alist) (json-array-type 'list)
            (json-null nil) (json-false nil) (json-key-type 'symbol))
        (json-read-from-string json)))))

;;;; Views: what each buffer runs

(defun semdiff--group-specs (view)
  "Return what to run for VIEW, a list of (ROLE TITLE ARGS)."
  (let ((args (plist-get view :args)))
    (pcase (plist-get view :kind)
      ('status
       (list (list 'unstaged "Unstaged changes" (semdiff--role-args 'unstaged))
             (list 'staged "Staged changes" (semdiff--role-args 'staged))))
      ('git
       (cond ((null args)
              (list (list 'unstaged nil (semdiff--role-args 'unstaged))))
             ((and (= (length args) 1) (member (car args) '("--staged" "--cached")))
              (list (list 'staged nil (semdiff--role-args 'staged))))
             (t (list (list 'diff nil (cons "git" args))))))
      ('show (list (list 'diff nil (cons "show" args))))
      ('files (list (list 'diff nil (semdiff--files-args view)))))))

(defun semdiff--role-args (role)
  "Return the CLI arguments of ROLE, `unstaged', `untracked' or `staged'.
Unstaged is the working tree against the index (untracked files
included), staged the index against HEAD."
  (cond ((eq role 'staged) '("git" "--staged"))
        ((or (eq role 'untracked) semdiff-include-untracked) '("git" "--untracked"))
        (t '("git"))))

(defun semdiff--json-args (args)
  "Return ARGS with the JSON format option, after any subcommand.
The buffer's context (\\<semdiff-mode-map>\\[semdiff-more-context], \\[semdiff-less-context]) comes with it."
  (if (member (car args) '("git" "show"))
      (append (list (car args) "--format" "json") (semdiff--context-args) (cdr args))
    (append '("--format" "json") (semdiff--context-args) args)))

(defun semdiff--start (&optional paths verify)
  "Start the CLI processes of the current buffer; redraw when all have ended.
With PATHS, run on those files only and redraw only their sections
\=(`semdiff--finish-partial'), or everything when that cannot be
confined to them; then run over everything again in the background,
VERIFY non-nil, and redraw only if that differs from what was drawn:
the matcher weighs evidence from every file of the diff (references
that followed a rename, extracted code), so another file's entities
may read differently."
  (semdiff--kill-processes)
  (let* ((buffer (current-buffer))
         (generation semdiff--generation)
         (temp-files (semdiff--prepare-sources))
         (specs (semdiff--group-specs semdiff--view))
         (results nil)
         (pending (length specs)))
    (dolist (spec specs)
      (let ((spec spec)
            (args (append (semdiff--json-args (nth 2 spec)) (and paths (cons "--" paths)))))
        (semdiff--log (format "$ %s\n" (string-join (append semdiff-command args) " ")))
        (let ((request
               (semdiff--call-cli
               args
               (lambda (code stdout stderr)
                 (push (list spec code stdout stderr) results)
                 (when (= (cl-decf pending) 0)
                   (mapc #'delete-file temp-files)
                   (when (buffer-live-p buffer)
                     (with-current-buffer buffer
                       (when (= generation semdiff--generation)
                         (setq semdiff--processes nil
                               semdiff--verifying nil)
                         (let ((ordered (mapcar (lambda (spec) (assq spec results)) specs)))
                           (cond ((and verify (or semdiff--inline (semdiff--drawn-p ordered))))
                                 ((or verify (null paths)) (semdiff--finish ordered))
                                 ((semdiff--finish-partial ordered paths)
                                  (semdiff--verify-later))
                                 ;; Not confined to PATHS: everything again.
                                 (t (semdiff--start))))))))))))
          (if verify
              (push request semdiff--verifying)
            (push request semdiff--processes)))))
    (unless verify
      (message "Running semdiff..."))))

(defconst semdiff--verify-delay 0.5
  "Seconds after a partial redraw before the run over everything checks it.
A key pressed meanwhile (the next s) cancels it: the server answers
one request at a time, and that key's request would wait behind it.")

(defun semdiff--verify-later ()
  "Check the partial redraw with a run over everything, after a pause."
  (let ((buffer (current-buffer)))
    (setq semdiff--verifying
          (list (run-at-time semdiff--verify-delay nil
                             (lambda ()
                               (when (buffer-live-p buffer)
                                 (with-current-buffer buffer
                                   (setq semdiff--verifying nil)
                                   (semdiff--start nil t)))))))))

(defun semdiff--drawn-p (results)
  "Return non-nil when RESULTS, a run over everything, equal what is drawn.
Files and entities are compared by id, whatever their order."
  (cl-every
   (pcase-lambda (`(,spec ,code ,stdout ,_stderr))
     (let* ((document (and (semdiff--succeeded-p code) (ignore-errors (semdiff--parse stdout))))
            (section (cl-find-if (lambda (section)
                                   (eq (semdiff--run-role (oref section value)) (car spec)))
                                 (semdiff--buffer-groups)))
            (drawn (and section (oref section data)))
            (sorted (lambda (things)
                      (sort (copy-sequence things)
                            (lambda (a b) (string< (alist-get 'id a) (alist-get 'id b)))))))
       (and document
            (equal (funcall sorted (alist-get 'files document))
                   (funcall sorted (alist-get 'files drawn)))
            (equal (funcall sorted (alist-get 'entities document))
                   (funcall sorted (alist-get 'entities drawn)))
            (equal (alist-get 'unmerged document) (alist-get 'unmerged drawn)))))
   results))

(defun semdiff--kill-processes ()
  "Stop the processes of a superseded refresh, and ignore what they report."
  (cl-incf semdiff--generation)
  (dolist (process (append semdiff--processes semdiff--verifying))
    (cond ((processp process)
           (when (process-live-p process)
             (delete-process process)))
          ((timerp process) (cancel-timer process))
          ;; A request to the server: it runs to its end, unheard.
          ((integerp process) (semdiff--server-cancel process))))
  (setq semdiff--processes nil
        semdiff--verifying nil))

(defconst semdiff--log-limit 200000
  "Characters the process log keeps; older text is dropped.")

(defun semdiff--log (text)
  "Append TEXT to the process log of the current buffer."
  (with-current-buffer (semdiff--process-buffer)
    (let ((inhibit-read-only t))
      (goto-char (point-max))
      (insert text)
      (when (> (buffer-size) semdiff--log-limit)
        (delete-region (point-min) (- (point-max) (/ semdiff--log-limit 2)))))))

(defun semdiff--kill-log ()
  "Kill the process log of the current buffer, which is going away."
  (let ((log (get-buffer (semdiff--process-buffer-name))))
    (when log (kill-buffer log))))

(defun semdiff--finish (results)
  "Draw RESULTS, a list of (SPEC CODE STDOUT STDERR), or report a failure."
  (let (groups failure)
    (dolist (result results)
      (pcase-let ((`(,spec ,code ,stdout ,stderr) result))
        (unless (string-empty-p stderr)
          (semdiff--log stderr))
        (semdiff--log (format "exit %s\n" code))
        (if (not (semdiff--succeeded-p code))
            (setq failure (if (string-empty-p stderr)
                              (format "exit status %s" code)
                            stderr))
          (condition-case parse-error
              (push (list (nth 0 spec) (nth 1 spec) (semdiff--parse stdout)) groups)
            (error (setq failure (format "unreadable output from semdiff: %s"
                                         (error-message-string parse-error))))))))
    (if failure
        (semdiff--report-failure failure)
      (setq semdiff--last-error nil)
      (semdiff--redraw (semdiff--split-untracked (nreverse groups)))
      (message "Running semdiff...done"))))

;;;; Drawing

(defun semdiff--untracked-p (role file)
  "Return non-nil when FILE, of a run of ROLE, is an untracked file.
In the working tree against the index, a file with no old side is
not in the index."
  (and (eq role 'unstaged) (null (alist-get 'old_path file))))

(defun semdiff--split-untracked (groups)
  "Return GROUPS, each (ROLE TITLE DOCUMENT), as (ROLE TITLE DOCUMENT FILES).
The unstaged changes' untracked files go into a group of their own,
`untracked', ahead of them, as Magit lists them: a command on the
unstaged changes never touches them."
  (apply #'append
         (mapcar
          (lambda (group)
            (pcase-let* ((`(,role ,title ,document) group)
                         (files (alist-get 'files document)))
              (if (not (eq role 'unstaged))
                  (list (list role title document files))
                (let ((untracked (cl-remove-if-not
                                  (lambda (file) (semdiff--untracked-p role file)) files)))
                  (append (and untracked
                               (list (list 'untracked "Untracked files" document untracked)))
                          (list (list role (if untracked (or title "Unstaged changes") title)
                                      document
                                      (cl-set-difference files untracked :test #'eq))))))))
          groups)))

(defun semdiff--group-summary (document files)
  "Return DOCUMENT's summary, counted over FILES when they are not all its files."
  (if (= (length files) (length (alist-get 'files document)))
      (alist-get 'summary document)
    (let ((ids (delete-dups (apply #'append (mapcar (lambda (file) (alist-get 'entities file))
                                                    files))))
          (summary (list (cons 'files (length files)))))
      (dolist (entity (alist-get 'entities document))
        (when (member (alist-get 'id entity) ids)
          (let* ((status (intern (alist-get 'status entity)))
                 (cell (assq status summary)))
            (if cell (setcdr cell (1+ (cdr cell))) (push (cons status 1) summary)))))
      summary)))

(defun semdiff--redraw (groups)
  "Replace the buffer's contents with GROUPS, keeping visibility and point.
GROUPS is a list of (ROLE TITLE DOCUMENT FILES)."
  (let ((inhibit-read-only t)
        ;; Where point is, in the buffer and in each window showing it
        ;; (a window's point is its own when it is not selected).
        (places (cons (cons nil (semdiff--place-at (point)))
                      (mapcar (lambda (window)
                                (cons window (semdiff--place-at (window-point window))))
                              (get-buffer-window-list nil nil t)))))
    (erase-buffer)
    ;; `magit-root-section' still holds the old tree: sections with the
    ;; same ident take over its visibility.
    (magit-insert-section (semdiff-root-section)
      (semdiff--insert-commit-message groups)
      (if (cl-notany (lambda (group) (semdiff--group-has-changes (nth 2 group) (nth 3 group)))
                     groups)
          (progn
            (magit-insert-heading (semdiff--view-title groups))
            (insert (propertize "No changes.\n" 'font-lock-face 'semdiff-secondary))
            (dolist (group groups) (semdiff--insert-notes (nth 2 group))))
        (dolist (group groups)
          (apply #'semdiff--insert-group group))))
    (setq semdiff--drawn t)
    ;; A header line is a mode line format: a literal % must be doubled.
    (setq semdiff--header (string-replace "%" "%%" (semdiff--header-line groups)))
    (setq header-line-format semdiff--header)
    (pcase-dolist (`(,window . ,place) places)
      (let ((position (apply #'semdiff--place-position place)))
        (if window
            (set-window-point window position)
          (goto-char position))))
    (when semdiff--goto-file
      ;; Opened from a file in Magit: on that file.
      (let ((file (apply #'semdiff--file-section semdiff--goto-file)))
        (setq semdiff--goto-file nil)
        (when file
          (goto-char (oref file start))
          (dolist (window (get-buffer-window-list nil nil t))
            (set-window-point window (point))))))
    (magit-section-update-highlight)
    (set-buffer-modified-p nil)
    (run-hooks 'semdiff-after-refresh-hook)))

(defun semdiff--file-section (role path)
  "Return the section of the file PATH in the group ROLE, or in any group."
  (let ((files (apply #'append
                      (mapcar (lambda (group)
                                (cl-remove-if-not (lambda (child)
                                                    (object-of-class-p child 'semdiff-file-section))
                                                  (oref group children)))
                              (semdiff--buffer-groups)))))
    (or (cl-find-if (lambda (file)
                      (and (eq (oref (oref file parent) value) role)
                           (member path (semdiff--file-paths (oref file data)))))
                    files)
        (cl-find-if (lambda (file) (member path (semdiff--file-paths (oref file data))))
                    files))))

;;;; Redrawing only the files a change touched

(defun semdiff--refresh-paths (paths)
  "Refresh after a change to PATHS: run on them and redraw their files only.
Everything else in the buffer is left as it is.  A change that
cannot be confined to them (an entity moved to or from another
file, a group appearing or going away) refreshes everything."
  (if (or (null paths) semdiff--inline (not semdiff--drawn)
          (cl-notevery (lambda (spec) (memq (car spec) '(unstaged staged)))
                       (semdiff--group-specs semdiff--view)))
      (semdiff-refresh)
    (semdiff--save-buffers)
    (semdiff--start paths)))

(defun semdiff--touches-p (file paths)
  "Return non-nil when one of FILE's paths is among PATHS."
  (cl-intersection (semdiff--file-paths file) paths :test #'equal))

(defun semdiff--file-path-key (file)
  "Return the key of FILE in the CLI's order: its new path, or its old one."
  (or (alist-get 'new_path file) (alist-get 'old_path file)))

(defun semdiff--statuses-of (things)
  "Return the statuses of THINGS (files or entities), as strings."
  (delete-dups (mapcar (lambda (thing) (alist-get 'status thing)) things)))

(defun semdiff--merge-document (old partial paths)
  "Return OLD, a drawn document, with its files on PATHS taken from PARTIAL.
PARTIAL is a run of the same command on PATHS only.  Return nil
when that is not what a run over everything would give: an entity
of those files that also reaches other files (a move between
files), or an added entity or file on one side and a removed one
on the other, which the run over everything might pair."
  (let* ((files (alist-get 'files old))
         (kept (cl-remove-if (lambda (file) (semdiff--touches-p file paths)) files))
         (kept-ids (mapcar (lambda (file) (alist-get 'id file)) kept))
         (gone-ids (mapcar (lambda (file) (alist-get 'id file))
                           (cl-remove-if-not (lambda (file) (semdiff--touches-p file paths))
                                             files)))
         (listed-in-gone (apply #'append
                                (mapcar (lambda (id)
                                          (alist-get 'entities (semdiff--file-by-id old id)))
                                        gone-ids)))
         (new-files (alist-get 'files partial))
         (kept-entities nil)
         (confined t))
    (dolist (entity (alist-get 'entities old))
      (let* ((ids (semdiff--entity-file-ids entity))
             (in-gone (or (member (alist-get 'id entity) listed-in-gone)
                          (cl-intersection ids gone-ids :test #'equal))))
        (cond ((not in-gone) (push entity kept-entities))
              ((cl-set-difference ids gone-ids :test #'equal) (setq confined nil)))))
    (setq kept-entities (nreverse kept-entities))
    (let ((kept-statuses (append (semdiff--statuses-of kept)
                                 (semdiff--statuses-of kept-entities)))
          (new-statuses (append (semdiff--statuses-of new-files)
                                (semdiff--statuses-of (alist-get 'entities partial)))))
      (when (or (and (member "added" kept-statuses) (member "removed" new-statuses))
                (and (member "removed" kept-statuses) (member "added" new-statuses))
                (cl-some (lambda (file) (member (alist-get 'id file) kept-ids)) new-files)
                (cl-some (lambda (file) (not (semdiff--touches-p file paths))) new-files)
                (cl-some (lambda (entity)
                           (cl-set-difference (semdiff--entity-file-ids entity)
                                              (mapcar (lambda (file) (alist-get 'id file))
                                                      new-files)
                                              :test #'equal))
                         (alist-get 'entities partial)))
        (setq confined nil)))
    (when confined
      (let* ((merged-files (sort (append kept (copy-sequence new-files))
                                 (lambda (a b) (string< (semdiff--file-path-key a)
                                                        (semdiff--file-path-key b)))))
             (entities (append kept-entities (alist-get 'entities partial)))
             (summary (copy-alist (alist-get 'summary old)))
             (document (copy-alist old)))
        (setf (alist-get 'files summary) (length merged-files))
        (dolist (status semdiff--statuses)
          (setf (alist-get status summary)
                (cl-count (symbol-name status) entities
                          :key (lambda (entity) (alist-get 'status entity)) :test #'equal)))
        (setf (alist-get 'files document) merged-files
              (alist-get 'entities document) entities
              (alist-get 'summary document) summary)
        document))))

(defun semdiff--buffer-groups ()
  "Return the group sections of the buffer, in order."
  (and magit-root-section
       (cl-remove-if-not (lambda (child) (object-of-class-p child 'semdiff-group-section))
                         (oref magit-root-section children))))

(defun semdiff--partial-plan (groups paths)
  "Return how to redraw GROUPS touching only PATHS, or nil when that cannot be.
GROUPS are (ROLE TITLE DOCUMENT FILES) as a full redraw would
draw them.  The plan is a list of (SECTION GROUP) in the buffer's
order: SECTION nil for a group that appears, GROUP nil for one
that goes away (all its files on PATHS, either way)."
  (let* ((shown (cl-remove-if-not (lambda (group) (semdiff--group-has-changes (nth 2 group)
                                                                             (nth 3 group)))
                                  groups))
         (sections (semdiff--buffer-groups))
         ;; The order a full redraw draws them in: untracked files first.
         (order '(untracked unstaged staged))
         (untouched (lambda (files)
                      (mapcar (lambda (file) (alist-get 'id file))
                              (cl-remove-if (lambda (file) (semdiff--touches-p file paths))
                                            files))))
         (plan nil))
    (catch 'no
      (unless (and sections shown
                   (equal (mapcar #'car shown)
                          (cl-remove-if-not (lambda (role) (assq role shown)) order))
                   (equal (mapcar (lambda (section) (oref section value)) sections)
                          (cl-remove-if-not (lambda (role)
                                              (cl-find role sections
                                                       :key (lambda (section)
                                                              (oref section value))))
                                            order)))
        (throw 'no nil))
      (dolist (role order)
        (let ((section (cl-find role sections :key (lambda (section) (oref section value))))
              (group (assq role shown)))
          (cond ((and section group)
                 (unless (and (nth 3 group)
                              ;; Unmerged paths are notes of the group: not redrawn here.
                              (equal (alist-get 'unmerged (nth 2 group))
                                     (alist-get 'unmerged (oref section data)))
                              (equal (funcall untouched (oref section files))
                                     (funcall untouched (nth 3 group))))
                   (throw 'no nil)))
                (section
                 (when (or (funcall untouched (oref section files))
                           (alist-get 'unmerged (oref section data)))
                   (throw 'no nil)))
                (group
                 (when (or (null (nth 3 group))
                           (funcall untouched (nth 3 group))
                           (alist-get 'unmerged (nth 2 group)))
                   (throw 'no nil))))
          (when (or section group)
            (push (list section group) plan))))
      (nreverse plan))))

(defun semdiff--finish-partial (results paths)
  "Redraw the sections of the files on PATHS from RESULTS of a run on them.
RESULTS is a list of (SPEC CODE STDOUT STDERR).  Return nil, having
changed nothing, when the change cannot be confined to them (or a
run failed: the full refresh then reports it)."
  (let (groups)
    (catch 'give-up
      (pcase-dolist (`(,spec ,code ,stdout ,stderr) results)
        (unless (string-empty-p stderr)
          (semdiff--log stderr))
        (semdiff--log (format "exit %s\n" code))
        (let* ((role (car spec))
               (partial (and (semdiff--succeeded-p code)
                             (ignore-errors (semdiff--parse stdout))))
               (section (cl-find-if (lambda (section)
                                      (eq (semdiff--run-role (oref section value)) role))
                                    (semdiff--buffer-groups)))
               (old (and section (oref section data))))
          (unless partial (throw 'give-up nil))
          (cond (old
                 (push (list role (nth 1 spec)
                             (or (semdiff--merge-document old partial paths)
                                 (throw 'give-up nil)))
                       groups))
                ;; Nothing was shown: what the run on PATHS shows is all there is.
                (t (push (list role (nth 1 spec) partial) groups)))))
      (let* ((groups (semdiff--split-untracked (nreverse groups)))
             (plan (or (semdiff--partial-plan groups paths) (throw 'give-up nil))))
        (semdiff--redraw-partial plan paths groups)
        t))))

(defun semdiff--redraw-partial (plan paths groups)
  "Redraw the file sections on PATHS following PLAN; GROUPS are the new groups.
The other sections, their text and their state, are not touched."
  (let ((inhibit-read-only t)
        (places (cons (cons nil (semdiff--place-at (point)))
                      (mapcar (lambda (window)
                                (cons window (semdiff--place-at (window-point window))))
                              (get-buffer-window-list nil nil t))))
        (hidden (make-hash-table :test #'equal))
        (previous nil)
        (gone nil))
    (pcase-dolist (`(,section ,group) plan)
      (cond
       ((null group) (push section gone))
       ((null section)
        ;; A group that appears: after the one before it, or ahead of the first.
        (goto-char (if previous
                       (oref previous end)
                     (oref (car (delq nil (mapcar #'car plan))) start)))
        (let ((magit-insert-section--parent magit-root-section)
              (magit-insert-section--oldroot nil))
          (apply #'semdiff--insert-group group))
        (let ((new (car (last (oref magit-root-section children)))))
          (if (oref new hidden) (magit-section-hide new) (magit-section-show new))
          (setq previous new)))
       (t (semdiff--redraw-group-partial section group paths hidden)
          (setq previous section))))
    (dolist (section gone)
      (delete-region (oref section start) (oref section end)))
    (oset magit-root-section children
          (sort (cl-set-difference (oref magit-root-section children) gone :test #'eq)
                (lambda (a b) (< (oref a start) (oref b start)))))
    (when (< (oref magit-root-section end) (point-max))
      (oset magit-root-section end (point-max-marker)))
    (setq semdiff--header (string-replace "%" "%%" (semdiff--header-line groups)))
    (setq header-line-format semdiff--header)
    (pcase-dolist (`(,window . ,place) places)
      (let ((position (apply #'semdiff--place-position place)))
        (if window
            (set-window-point window position)
          (goto-char position))))
    (magit-section-update-highlight)
    (set-buffer-modified-p nil)
    (message "Running semdiff...done")
    (run-hooks 'semdiff-after-refresh-hook)))

(defun semdiff--redraw-group-partial (section group paths hidden)
  "Redraw the file sections on PATHS of the group SECTION as GROUP has them.
HIDDEN is a table of visibility by section ident, filled here with
the old sections' for the new ones to take over."
  (pcase-let ((`(,role ,title ,document ,files) group))
    (let* ((old-sections (cl-remove-if-not
                          (lambda (child)
                            (and (object-of-class-p child 'semdiff-file-section)
                                 (semdiff--touches-p (oref child data) paths)))
                          ;; A copy: the insertions below extend the list of children.
                          (copy-sequence (oref section children))))
           (entities (make-hash-table :test #'equal))
           (previous nil))
      (dolist (entity (alist-get 'entities document))
        (puthash (alist-get 'id entity) entity entities))
      ;; The new sections take over the visibility of the old ones.
      (dolist (old old-sections)
        (dolist (child (semdiff--sections-under old))
          (puthash (magit-section-ident child) (if (oref child hidden) 'hide 'show) hidden)))
      (dolist (file files)
        (if (not (semdiff--touches-p file paths))
            (setq previous (magit-get-section
                            (cons (cons 'semdiff-file-section (alist-get 'id file))
                                  (magit-section-ident section))))
          (goto-char (if previous (oref previous end) (oref section content)))
          (let* ((magit-insert-section--parent section)
                 (magit-insert-section--oldroot nil)
                 (magit-section-set-visibility-hook
                  (cons (lambda (new) (gethash (magit-section-ident new) hidden))
                        magit-section-set-visibility-hook))
                 (new (semdiff--insert-file file entities)))
            (if (oref new hidden) (magit-section-hide new) (magit-section-show new))
            (setq previous new))))
      (dolist (old old-sections)
        (delete-region (oref old start) (oref old end)))
      (oset section children
            (sort (cl-set-difference (oref section children) old-sections :test #'eq)
                  (lambda (a b) (< (oref a start) (oref b start)))))
      (oset section data document)
      (oset section files files)
      (semdiff--replace-heading section (semdiff--group-heading role title document files)))))

(defun semdiff--sections-under (section)
  "Return SECTION and every section under it."
  (cons section (apply #'append (mapcar #'semdiff--sections-under (oref section children)))))

(defun semdiff--replace-heading (section heading)
  "Make HEADING the text of SECTION's heading line, when it differs."
  (let* ((start (marker-position (oref section start)))
         (end (1- (oref section content)))
         (properties (list 'magit-section section
                           'keymap (get-text-property start 'keymap))))
    (unless (equal (buffer-substring-no-properties start end) (substring-no-properties heading))
      ;; Only what differs after their common start (the counts, mostly).
      (let ((same (compare-strings heading nil nil (buffer-substring start end) nil nil)))
        (setq same (if (eq same t) (length heading) (1- (abs same))))
        (save-excursion
          (goto-char end)
          (insert (apply #'propertize (substring heading same) properties))
          (delete-region (+ start same) end)))
      (magit-section-maybe-update-visibility-indicator section))))

(defun semdiff--commit-message (document)
  "Return the author, date and message of DOCUMENT's new commit, or nil.
Only for `semdiff-show' (git log's medium format, as git show prints it)."
  (let ((rev (alist-get 'rev (alist-get 'new document)))
        (repository (alist-get 'repository document)))
    (when (and rev repository (eq (plist-get semdiff--view :kind) 'show))
      (let ((default-directory (file-name-as-directory repository)))
        (with-temp-buffer
          (let ((coding-system-for-read 'utf-8-unix))
            (when (eq 0 (process-file "git" nil t nil "show" "-s" "--no-color"
                                      "--format=Author: %an <%ae>%nDate:   %ad%n%n%w(0,4,4)%B"
                                      rev))
              ;; %w indents the message's empty lines too.
              (replace-regexp-in-string "^ +$" "" (string-trim-right (buffer-string))))))))))

(defun semdiff--insert-commit-message (groups)
  "Insert the commit's author, date and message above GROUPS, for `semdiff-show'."
  (let ((text (and groups (semdiff--commit-message (nth 2 (car groups))))))
    (when text
      (magit-insert-section (semdiff-message-section 'message)
        (magit-insert-heading
          (propertize (concat "commit " (alist-get 'rev (alist-get 'new (nth 2 (car groups)))))
                      'font-lock-face 'magit-section-heading))
        (insert text "\n\n")))))

(defun semdiff--header-text ()
  "Return the header line of the last drawing, without any error mark."
  (or semdiff--header ""))

(defun semdiff--draw-message (text)
  "Show TEXT alone in the buffer, inside a root section.
magit-section's highlighting expects a section under point at all times."
  (let ((inhibit-read-only t))
    (erase-buffer)
    (magit-insert-section (semdiff-root-section)
      (insert text "\n"))
    (goto-char (point-min))))

(defun semdiff--place-at (position)
  "Return POSITION as (IDENT OFFSET NEARBY): its section and line within it.
NEARBY are the idents of the sections to go to when that one is
gone, in order: the sections after it at its level, those before
it, then its parent, and so on up (see `semdiff--place-position')."
  (save-excursion
    (goto-char position)
    (let ((section (magit-current-section))
          (nearby nil))
      (when section
        (let ((at section))
          (while (oref at parent)
            (let* ((siblings (oref (oref at parent) children))
                   (after (cdr (memq at siblings)))
                   (before (reverse (cl-subseq siblings 0 (cl-position at siblings)))))
              (setq nearby (append nearby (mapcar #'magit-section-ident (append after before))
                                   (list (magit-section-ident (oref at parent)))))
              (setq at (oref at parent)))))
        (list (magit-section-ident section)
              (count-lines (oref section start) (line-beginning-position))
              nearby)))))

(defun semdiff--place-position (&optional ident offset nearby)
  "Return where OFFSET lines into section IDENT now is.
When that section is gone, the start of the first of NEARBY that
is still there, as Magit does: after `s' on an entity, the next
entity of its file (or the one before, for the last), so that the
next `s' stages that one; once its file is gone, the next file."
  (let ((target (and ident (magit-get-section ident))))
    (if target
        (save-excursion (goto-char (oref target start))
                        (forward-line offset)
                        (point))
      (or (cl-some (lambda (near)
                     (let ((section (magit-get-section near)))
                       (and section (marker-position (oref section start)))))
                   nearby)
          (point-min)))))

(defun semdiff--group-has-changes (document files)
  "Return non-nil when a group has FILES to show, or DOCUMENT's unmerged paths."
  (or files (alist-get 'unmerged document)))

(defun semdiff--view-title (groups)
  "Return a one-line description of what GROUPS compare."
  (mapconcat (lambda (group)
               (let ((document (nth 2 group)))
                 (format "%s → %s" (semdiff--side-label document 'old)
                         (semdiff--side-label document 'new))))
             groups ", "))

(defun semdiff--side-label (document side)
  "Return the label of SIDE (`old' or `new') of DOCUMENT."
  (or (alist-get 'label (alist-get side document)) (symbol-name side)))

(defun semdiff--header-line (groups)
  "Return the header line for GROUPS: revisions and counts."
  (mapconcat (lambda (group)
               (pcase-let ((`(,role ,title ,document ,files) group))
                 (if (eq role 'untracked)
                     (format "%s: %d" title (length files))
                   (format "%s%s → %s: %s"
                           (if title (concat title " ") "")
                           (semdiff--side-label document 'old)
                           (semdiff--side-label document 'new)
                           (semdiff--counts (semdiff--group-summary document files))))))
             groups "   "))

(defun semdiff--counts (summary)
  "Describe SUMMARY: the number of files and of entities by status."
  (let* ((files (or (alist-get 'files summary) 0))
         (parts (delq nil (mapcar (lambda (status)
                                    (let ((n (or (alist-get status summary) 0)))
                                      (and (> n 0) (format "%d %s" n status))))
                                  semdiff--statuses))))
    (format "%d file%s%s" files (if (= files 1) "" "s")
            (if parts (concat ", " (string-join parts ", ")) ""))))

(defun semdiff--insert-group (role title document files)
  "Insert a group: ROLE, TITLE, the DOCUMENT of its CLI run and its FILES."
  (let ((entities (make-hash-table :test #'equal)))
    (dolist (entity (alist-get 'entities document))
      (puthash (alist-get 'id entity) entity entities))
    (when (semdiff--group-has-changes document files)
      (magit-insert-section group (semdiff-group-section role)
        (oset group data document)
        (oset group files files)
        (magit-insert-heading (semdiff--group-heading role title document files))
        (dolist (file files)
          (semdiff--insert-file file entities))
        (unless (eq role 'untracked)
          (semdiff--insert-notes document))
        (insert "\n")))))

(defun semdiff--group-heading (role title document files)
  "Return the heading of the group ROLE, TITLE, of DOCUMENT's FILES."
  (if (eq role 'untracked)
      (propertize (format "%s (%d)" title (length files))
                  'font-lock-face 'magit-section-heading)
    (concat
     (propertize (format "%s%s → %s" (if title (concat title ": ") "")
                         (semdiff--side-label document 'old)
                         (semdiff--side-label document 'new))
                 'font-lock-face 'magit-section-heading)
     (propertize (concat "  " (semdiff--counts (semdiff--group-summary document files)))
                 'font-lock-face 'semdiff-secondary))))

(defun semdiff--insert-notes (document)
  "Insert DOCUMENT's notes: unmerged paths and files left out."
  (dolist (path (alist-get 'unmerged document))
    (insert (propertize (format "unmerged   %s\n" path) 'font-lock-face 'semdiff-removed)))
  (let ((untracked (alist-get 'untracked_left_out (alist-get 'summary document))))
    (when (and untracked (> untracked 0))
      (insert (propertize (format "%d untracked file%s not shown (`semdiff-include-untracked')\n"
                                  untracked (if (= untracked 1) "" "s"))
                          'font-lock-face 'semdiff-secondary)))))

(defun semdiff--status-face (status)
  "Return the face for STATUS, a string."
  (pcase status
    ("added" 'semdiff-added)
    ("removed" 'semdiff-removed)
    ("renamed" 'semdiff-renamed)
    ("moved" 'semdiff-moved)
    ("unchanged" 'semdiff-unchanged)
    (_ 'semdiff-modified)))

(defun semdiff--file-title (file)
  "Return the path part of FILE's heading."
  (let ((old (alist-get 'old_path file))
        (new (alist-get 'new_path file)))
    (cond ((null old) new)
          ((or (null new) (equal old new)) old)
          (t (format "%s → %s" old new)))))

(defun semdiff--file-note (file)
  "Return the secondary part of FILE's heading, or nil."
  (let ((similarity (alist-get 'similarity file))
        (fallback (alist-get 'reason (alist-get 'fallback file)))
        (old-mode (alist-get 'old_mode file))
        (new-mode (alist-get 'new_mode file))
        (errors (alist-get 'error_lines file)))
    (string-join
     (delq nil (list (and similarity (format "%d%%" (round (* 100 similarity))))
                     (and old-mode new-mode (not (equal old-mode new-mode))
                          (format "mode %s → %s" old-mode new-mode))
                     (and fallback (format "(%s)" fallback))
                     (and errors
                          (format "(syntax errors: %s)"
                                  (string-join
                                   (delq nil (list (and (alist-get 'old errors)
                                                        (format "old line %d"
                                                                (alist-get 'old errors)))
                                                   (and (alist-get 'new errors)
                                                        (format "new line %d"
                                                                (alist-get 'new errors)))))
                                   ", ")))))
     "  ")))

(defun semdiff--insert-file (file entities)
  "Insert the section of FILE with its ENTITIES (a table by id)."
  (let* ((status (alist-get 'status file))
         (ids (alist-get 'entities file))
         (shown (delq nil (mapcar (lambda (id) (gethash id entities)) ids)))
         (width (min 60 (apply #'max 10 (mapcar (lambda (entity)
                                                  (string-width (semdiff--entity-title entity file)))
                                                shown))))
         (note (semdiff--file-note file)))
    (magit-insert-section section (semdiff-file-section (alist-get 'id file))
      (oset section data file)
      (magit-insert-heading
        (propertize (format "%-11s" (if (equal status "mode_changed") "mode" status))
                    'font-lock-face (semdiff--status-face status))
        (propertize (semdiff--file-title file) 'font-lock-face 'semdiff-file-heading)
        (if (string-empty-p note) ""
          (propertize (concat "  " note) 'font-lock-face 'semdiff-secondary)))
      (dolist (entity shown)
        (semdiff--insert-entity entity file width)))))

(defun semdiff--entity-name (side entity)
  "Return the qualified name of SIDE (an alist) of ENTITY for display."
  (if (equal (alist-get 'kind entity) "module")
      "top level"
    (alist-get 'qualified_name side)))

(defun semdiff--entity-title (entity file)
  "Return ENTITY's name as shown under FILE: `old → new' when it changed."
  (let* ((old (alist-get 'old entity))
         (new (alist-get 'new entity))
         (old-name (and old (semdiff--entity-name old entity)))
         (new-name (and new (semdiff--entity-name new entity)))
         (name (cond ((null old) new-name)
                     ((or (null new) (equal old-name new-name)) old-name)
                     (t (format "%s → %s" old-name new-name))))
         (old-path (and old (alist-get 'path old)))
         (new-path (and new (alist-get 'path new))))
    ;; Only a move between file pairs is worth naming the other file.
    (cond ((or (null old-path) (null new-path)
               (and (equal old-path (alist-get 'old_path file))
                    (equal new-path (alist-get 'new_path file))))
           name)
          ((equal new-path (alist-get 'new_path file))
           (format "%s (from %s)" name old-path))
          (t (format "%s (to %s)" name new-path)))))

(defconst semdiff--unchanged-text "    (moved as it was: its text did not change)"
  "The body of a moved entity whose text is the same.")

(defconst semdiff--flag-words
  '(("signature_changed" . "signature changed")
    ("body_changed" . "body changed")
    ("reordered" . "reordered")
    ("whitespace_only" . "whitespace only")
    ("comment_only" . "comments only")
    ("visibility_changed" . "visibility changed")
    ("dispatch_changed" . "dispatch value changed")
    ("doc_changed" . "docstring changed")
    ("notation_only" . "written another way"))
  "Flags worth a word beside the status, and those words.")

(defun semdiff--errors-word (entity)
  "Return the words marking a syntax error in ENTITY, or nil.
The new version's error first; the old version's alone reads as fixed."
  (let ((old (alist-get 'old entity))
        (new (alist-get 'new entity)))
    (cond ((and new (eq (alist-get 'has_errors new) t)) "has syntax errors")
          ((and old (eq (alist-get 'has_errors old) t))
           (if new "had syntax errors" "has syntax errors")))))

(defun semdiff--entity-details (entity)
  "Return the flags, line counts and similarity of ENTITY, propertized."
  (let* ((flags (alist-get 'flags entity))
         (words (delq nil (append
                           (mapcar (lambda (flag) (cdr (assoc flag semdiff--flag-words)))
                                   flags)
                           (list (semdiff--errors-word entity)))))
         (added (or (alist-get 'lines_added entity) 0))
         (removed (or (alist-get 'lines_removed entity) 0))
         (similarity (and (alist-get 'old entity) (alist-get 'new entity)
                          (alist-get 'similarity entity))))
    (concat
     (propertize (format "%-18s" (string-join words ", ")) 'font-lock-face 'semdiff-secondary)
     (if (> added 0) (propertize (format " +%d" added) 'font-lock-face 'semdiff-added) "")
     (if (> removed 0) (propertize (format " −%d" removed) 'font-lock-face 'semdiff-removed) "")
     (if similarity
         (propertize (format "  %d%%" (round (* 100 similarity))) 'font-lock-face 'semdiff-secondary)
       ""))))

(defun semdiff--insert-entity (entity file width)
  "Insert ENTITY under FILE, its name padded to WIDTH; the diff comes on TAB."
  (let ((status (alist-get 'status entity))
        (title (semdiff--entity-title entity file)))
    (magit-insert-section section (semdiff-entity-section (alist-get 'id entity) t)
      (oset section data entity)
      (magit-insert-heading
        "  "
        (propertize (format "%-9s " status) 'font-lock-face (semdiff--status-face status))
        (propertize (format "%-9s " (alist-get 'kind entity)) 'font-lock-face 'semdiff-secondary)
        (propertize title 'font-lock-face 'semdiff-entity-name)
        (make-string (max 1 (- (+ width 2) (string-width title))) ?\s)
        (semdiff--entity-details entity))
      (magit-insert-section-body
        (let ((index 0)
              (hunks (semdiff--shown-hunks entity)))
          (unless hunks
            (insert (propertize semdiff--unchanged-text 'font-lock-face 'semdiff-secondary)
                    "\n"))
          (dolist (hunk hunks)
            (semdiff--insert-hunk hunk index)
            (setq index (1+ index))))
        (semdiff--extend-ancestors section)))))

(defun semdiff--shown-hunks (entity)
  "Return the hunks to display for ENTITY.
For a moved entity its `moved_hunks' (even empty), then its
`beside_hunks': lines of another file it changed, numbered as that
file's (they are among its `hunks' too); else its `hunks'."
  (if (assq 'moved_hunks entity)
      (append (alist-get 'moved_hunks entity) (alist-get 'beside_hunks entity))
    (alist-get 'hunks entity)))

(defun semdiff--extend-ancestors (section)
  "Make SECTION's ancestors end no earlier than point.
A body drawn lazily goes at the end of its section; when that is
also the end of the parent, magit-section 3.3 leaves the parent's
end marker behind (4.x moves it itself, and this does nothing)."
  (let ((parent (oref section parent)))
    (while parent
      (let ((end (oref parent end)))
        (when (and end (< end (point)))
          (oset parent end (point-marker))))
      (setq parent (oref parent parent)))))

(defun semdiff--insert-hunk (hunk index)
  "Insert HUNK, the INDEXth of its entity, with one line per diff line."
  (magit-insert-section section (semdiff-hunk-section index)
    (oset section data hunk)
    (magit-insert-heading
      (propertize (format "@@ -%d,%d +%d,%d @@ %s"
                          (alist-get 'old_start hunk) (alist-get 'old_lines hunk)
                          (alist-get 'new_start hunk) (alist-get 'new_lines hunk)
                          (or (alist-get 'header hunk) ""))
                  'font-lock-face 'semdiff-hunk-heading))
    (let ((number 0))
      (dolist (line (alist-get 'lines hunk))
        (let ((op (alist-get 'op line)))
          (setq number (1+ number))
          (insert (propertize (concat op (alist-get 'text line) "\n")
                              'font-lock-face (pcase op
                                                ("+" 'semdiff-diff-added)
                                                ("-" 'semdiff-diff-removed)
                                                (_ 'semdiff-diff-context))
                              'semdiff-line line
                              ;; Its number in the hunk: what --lines counts.
                              'semdiff-line-index number))
          (when (alist-get 'no_newline line)
            (insert (propertize "\\ No newline at end of file\n"
                                'font-lock-face 'semdiff-secondary
                                'semdiff-no-newline t))))))))

;;;; Finding things in the buffer

(defun semdiff--ancestor (class &optional section)
  "Return SECTION (default: the one at point) or its ancestor of CLASS."
  (let ((section (or section (magit-current-section))))
    (while (and section (not (object-of-class-p section class)))
      (setq section (oref section parent)))
    section))

(defun semdiff--document (&optional section)
  "Return the JSON document of the CLI run SECTION belongs to."
  (let ((group (semdiff--ancestor 'semdiff-group-section section)))
    (and group (oref group data))))

(defun semdiff--file-by-id (document id)
  "Return the file of DOCUMENT whose id is ID."
  (cl-find id (alist-get 'files document)
           :key (lambda (file) (alist-get 'id file)) :test #'equal))

(defun semdiff--file-by-path (document side path)
  "Return the file of DOCUMENT whose SIDE path (`old' or `new') is PATH."
  (let ((key (if (eq side 'old) 'old_path 'new_path)))
    (cl-find path (alist-get 'files document)
             :key (lambda (file) (alist-get key file)) :test #'equal)))

(defun semdiff--repository ()
  "Return the repository the buffer's diff was made in, or nil."
  (alist-get 'repository (semdiff--document (semdiff--first-group))))

(defun semdiff--first-group ()
  "Return the first group section of the buffer, or nil."
  (and magit-root-section
       (cl-find-if (lambda (child) (object-of-class-p child 'semdiff-group-section))
                   (oref magit-root-section children))))

;;;; Visiting

(defun semdiff--location ()
  "Return the place point stands for, as (SIDE PATH BLOB LINE COLUMN).
SIDE is `old' or `new'; BLOB is the git object holding that
side, or nil when it is a file on disk."
  (let* ((section (magit-current-section))
         (document (semdiff--document section))
         (line (get-text-property (line-beginning-position) 'semdiff-line))
         (hunk (semdiff--ancestor 'semdiff-hunk-section section))
         (entity (semdiff--ancestor 'semdiff-entity-section section))
         (file (semdiff--ancestor 'semdiff-file-section section)))
    (unless document
      (user-error "Nothing to visit here"))
    (cond
     (line
      (let ((side (if (equal (alist-get 'op line) "-") 'old 'new)))
        (semdiff--place document side (oref hunk data) (oref entity data)
                        (alist-get (if (eq side 'old) 'old_line 'new_line) line)
                        (max 0 (- (point) (line-beginning-position) 1)))))
     (hunk
      (let* ((data (oref hunk data))
             (side (if (> (alist-get 'new_lines data) 0) 'new 'old)))
        (semdiff--place document side data (oref entity data)
                        (max 1 (alist-get (if (eq side 'old) 'old_start 'new_start) data))
                        0)))
     (entity
      (let* ((data (oref entity data))
             (side (if (alist-get 'new data) 'new 'old))
             (where (alist-get side data)))
        (semdiff--place document side nil data
                        (alist-get 'start_line (alist-get 'span where))
                        (alist-get 'start_col (alist-get 'span where)))))
     (file
      (let* ((data (oref file data))
             (side (if (alist-get 'new_path data) 'new 'old)))
        (list side (alist-get (if (eq side 'old) 'old_path 'new_path) data)
              (alist-get (if (eq side 'old) 'old_blob 'new_blob) data) 1 0)))
     (t (user-error "Nothing to visit here")))))

(defun semdiff--place (document side hunk entity line column)
  "Return (SIDE PATH BLOB LINE COLUMN) in DOCUMENT.
HUNK is the hunk the line comes from, or nil for ENTITY's own
position.  A hunk names its file pair; a moved entity's hunks are
read against its own old and new paths."
  (let* ((moved (and hunk (memq hunk (alist-get 'moved_hunks entity))))
         (file (if (and hunk (not moved))
                   (semdiff--file-by-id document (alist-get 'file_id hunk))
                 (semdiff--file-by-path document side
                                        (alist-get 'path (alist-get side entity)))))
         (path (if (and hunk (not moved))
                   (alist-get (if (eq side 'old) 'old_path 'new_path) file)
                 (alist-get 'path (alist-get side entity)))))
    (list side path (alist-get (if (eq side 'old) 'old_blob 'new_blob) file) line column)))

(defun semdiff--side-buffer (document side path blob)
  "Return a buffer holding PATH on SIDE of DOCUMENT.
BLOB, when non-nil, is read from the repository into a read-only
buffer; otherwise the file on disk (or the compared buffer) is
visited."
  (let* ((side-info (alist-get side document))
         (kind (alist-get 'kind side-info))
         (repository (alist-get 'repository document)))
    (cond
     (blob (semdiff--blob-buffer repository path blob
                                 (if (equal kind "commit")
                                     (substring (alist-get 'rev side-info) 0 7)
                                   kind)))
     (repository (find-file-noselect (expand-file-name path repository)))
     ((equal kind "directory")
      (find-file-noselect (expand-file-name path (alist-get 'label side-info))))
     (t (let ((source (nth (if (eq side 'old) 0 1) (plist-get semdiff--view :sources))))
          (cond ((bufferp source) source)
                (source (find-file-noselect source))
                (t (find-file-noselect path))))))))

(defvar-local semdiff--blob nil
  "The git object a blob buffer shows.")

(defun semdiff--blob-buffer (repository path blob label)
  "Return a read-only buffer with BLOB of REPOSITORY, shown as PATH at LABEL."
  (let* ((name (format "%s.~%s~" (file-name-nondirectory path) label))
         (buffer (get-buffer-create name)))
    (with-current-buffer buffer
      (unless (equal semdiff--blob blob)
        (let ((inhibit-read-only t)
              (default-directory (file-name-as-directory repository))
              (coding-system-for-read 'utf-8))
          (erase-buffer)
          (unless (eq 0 (call-process "git" nil t nil "cat-file" "blob" blob))
            (error "Cannot read %s from the repository" blob)))
        (setq default-directory
              (file-name-directory (expand-file-name path repository)))
        (let ((buffer-file-name (expand-file-name path repository)))
          (set-auto-mode))
        (setq-local semdiff--blob blob)
        (set-buffer-modified-p nil)
        (setq buffer-read-only t)
        ;; q goes back, as in Magit's blob buffers.
        (view-mode 1)
        (goto-char (point-min))))
    buffer))

(defun semdiff-visit (&optional other-window)
  "Visit the line at point: the new file, or the old version for a `-' line.
The old version and any side that is not the working tree open as
read-only buffers.  With OTHER-WINDOW (a prefix argument), use
another window."
  (interactive "P")
  (pcase-let* ((document (semdiff--document))
               (`(,side ,path ,blob ,line ,column) (semdiff--location))
               (buffer (semdiff--side-buffer document side path blob)))
    (if other-window
        (switch-to-buffer-other-window buffer)
      (pop-to-buffer-same-window buffer))
    (semdiff--goto line column)))

(defun semdiff-visit-worktree (&optional other-window)
  "Visit the file at point in the working tree, even from an old version.
The line is the one of the version shown, which the working tree
may have moved.  With OTHER-WINDOW (a prefix argument), use
another window."
  (interactive "P")
  (pcase-let* ((`(,side ,path ,_blob ,line ,column) (semdiff--location))
               (repository (or (semdiff--repository)
                               (user-error "Not a git diff")))
               ;; An old path may have been renamed, or deleted, since.
               (pair (and (eq side 'old)
                          (semdiff--file-by-path (semdiff--document) 'old path)))
               (current (if pair (alist-get 'new_path pair) path)))
    (unless (and current (file-exists-p (expand-file-name current repository)))
      (user-error "%s is not in the working tree" (or current path)))
    (funcall (if other-window #'find-file-other-window #'find-file)
             (expand-file-name current repository))
    (semdiff--goto line column)))

(defun semdiff--goto (line column)
  "Move to LINE and COLUMN of the current buffer.
COLUMN counts characters, as the JSON does, not display columns."
  (widen)
  (goto-char (point-min))
  (forward-line (1- line))
  (forward-char (min column (- (line-end-position) (point)))))

;;;; Editing an entity in place

(defvar-local semdiff--edit nil
  "In an edit buffer: a plist of what `semdiff-edit-finish' needs.")

(defvar semdiff-edit-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map (kbd "C-c C-c") #'semdiff-edit-finish)
    (define-key map (kbd "C-c C-k") #'semdiff-edit-abort)
    map)
  "Keymap of `semdiff-edit-mode'.")

(define-minor-mode semdiff-edit-mode
  "Edit one entity, in a buffer narrowed to it.
\\<semdiff-edit-mode-map>\\[semdiff-edit-finish] saves the file and refreshes the
review buffer; \\[semdiff-edit-abort] puts the text back."
  :lighter " Semdiff-Edit"
  :keymap semdiff-edit-mode-map)

(defun semdiff-edit ()
  "Edit the entity at point in a buffer narrowed to it.
The buffer shares its text with the file's buffer.
\\<semdiff-edit-mode-map>\\[semdiff-edit-finish] saves and refreshes,
\\[semdiff-edit-abort] aborts."
  (interactive)
  (let* ((section (or (semdiff--ancestor 'semdiff-entity-section)
                      (user-error "No entity here")))
         (entity (oref section data))
         (document (semdiff--document section))
         (new (or (alist-get 'new entity)
                  (user-error "This entity was removed: there is nothing to edit")))
         (kind (alist-get 'kind (alist-get 'new document)))
         (review (current-buffer)))
    (unless (member kind '("worktree" "file" "directory"))
      (user-error "The new side is %s, not a file: edit from the unstaged changes"
                  (semdiff--side-label document 'new)))
    (let* ((base (semdiff--side-buffer document 'new (alist-get 'path new) nil))
           (span (alist-get 'span new)))
      (when (and (buffer-file-name base) (buffer-modified-p base))
        (user-error "%s has unsaved changes: save or revert it first" (buffer-name base)))
      (when (and (buffer-file-name base) (not (verify-visited-file-modtime base)))
        (with-current-buffer base (revert-buffer t t t)))
      (unless (semdiff--lines-match-p base entity)
        (semdiff-refresh)
        (user-error "%s changed since it was shown: look again (refreshing)" (buffer-name base)))
      (with-current-buffer base
        (save-restriction
          (widen)
          (let* ((start (save-excursion (semdiff--goto (alist-get 'start_line span) 0)
                                        (point)))
                 (end (save-excursion (semdiff--goto (alist-get 'end_line span) 0)
                                      (forward-line 1)
                                      (point)))
                 (start-marker (copy-marker start))
                 (end-marker (copy-marker end t))
                 (windows (current-window-configuration))
                 (edit (make-indirect-buffer
                        base (generate-new-buffer-name
                              (format "*semdiff-edit %s*" (semdiff--entity-name new entity)))
                        t)))
            (with-current-buffer edit
              (narrow-to-region start end)
              (goto-char start)
              (setq semdiff--edit
                    (list :base base :start start-marker :end end-marker
                          :text (buffer-substring-no-properties start end)
                          :saved (and (not (buffer-modified-p base))
                                      (with-current-buffer base
                                        (buffer-substring-no-properties (point-min) (point-max))))
                          :lockfiles (and (local-variable-p 'create-lockfiles base)
                                          (list (buffer-local-value 'create-lockfiles base)))
                          :review review :windows windows))
              ;; A lock file would show up as an untracked file on the next refresh.
              ;; Emacs reads the option in the buffer being typed in, so set it in both.
              (setq-local create-lockfiles nil)
              (with-current-buffer base (setq-local create-lockfiles nil))
              (semdiff-edit-mode 1)
              (setq header-line-format
                    (substitute-command-keys
                     "\\<semdiff-edit-mode-map>Edit entity: \\[semdiff-edit-finish] save \
and refresh, \\[semdiff-edit-abort] abort")))
            (pop-to-buffer edit)))))))

(defun semdiff--lines-match-p (buffer entity)
  "Return non-nil when BUFFER has ENTITY's new lines at the JSON's line numbers.
The positions to edit come from the CLI's last run; if the file
changed since, they would point at the wrong text."
  (with-current-buffer buffer
    (save-restriction
      (widen)
      (save-excursion
        (cl-every
         (lambda (hunk)
           (or (not (or (memq hunk (alist-get 'moved_hunks entity))
                        (equal (alist-get 'file_id hunk) (alist-get 'file_id entity))))
               (cl-every (lambda (line)
                           (let ((number (alist-get 'new_line line)))
                             (or (null number)
                                 (progn (goto-char (point-min))
                                        (and (= 0 (forward-line (1- number)))
                                             (equal (buffer-substring-no-properties
                                                     (point) (line-end-position))
                                                    (alist-get 'text line)))))))
                         (alist-get 'lines hunk))))
         (semdiff--shown-hunks entity))))))

(defun semdiff--edit-close ()
  "Kill the edit buffer and put the windows back; return its state."
  (let ((state (or semdiff--edit (user-error "Not a semdiff edit buffer"))))
    (kill-buffer (current-buffer))
    (with-current-buffer (plist-get state :base)
      (if (plist-get state :lockfiles)
          (setq-local create-lockfiles (car (plist-get state :lockfiles)))
        (kill-local-variable 'create-lockfiles)))
    (set-window-configuration (plist-get state :windows))
    state))

(defun semdiff-edit-finish ()
  "Save the edited entity's file and refresh the review buffer."
  (interactive)
  (let* ((state (semdiff--edit-close))
         (base (plist-get state :base))
         (review (plist-get state :review)))
    (when (buffer-file-name base)
      (with-current-buffer base (save-buffer)))
    (set-marker (plist-get state :start) nil)
    (set-marker (plist-get state :end) nil)
    (when (buffer-live-p review)
      (with-current-buffer review (semdiff-refresh)))))

(defun semdiff-edit-abort ()
  "Put the entity's text back as it was and close the edit buffer."
  (interactive)
  (let* ((state (semdiff--edit-close))
         (start (plist-get state :start))
         (end (plist-get state :end)))
    (with-current-buffer (plist-get state :base)
      (let ((inhibit-read-only t))
        (save-excursion
          (delete-region start end)
          (goto-char start)
          (insert (plist-get state :text))))
      ;; Unmodified again only if nothing else was typed into the file meanwhile.
      (when (equal (plist-get state :saved)
                   (buffer-substring-no-properties (point-min) (point-max)))
        (set-buffer-modified-p nil)))
    (set-marker start nil)
    (set-marker end nil)))

;;;; Editing the diff in place (like wdired)

(defvar-local semdiff--inline nil
  "While the review buffer's diff of an entity is edited: a plist.
:entity is its JSON, :file the path of its file, :hunks a list of
\(START END NEW-START NEW-LINES): the markers around each hunk's
lines and where the hunk's new side is in the file.")

(defvar semdiff-inline-mode-map
  (let ((map (make-keymap)))
    ;; The review buffer's one-letter commands must not run while typing.
    (dotimes (char 95)
      (define-key map (char-to-string (+ 32 char)) #'self-insert-command))
    ;; magit-section's parent, `special-mode', remaps typing to `undefined'.
    (define-key map [remap self-insert-command] #'self-insert-command)
    (define-key map (kbd "RET") #'newline)
    (define-key map (kbd "DEL") #'delete-backward-char)
    (define-key map (kbd "TAB") #'tab-to-tab-stop)
    (define-key map (kbd "C-c C-c") #'semdiff-inline-finish)
    (define-key map (kbd "C-c C-k") #'semdiff-inline-abort)
    map)
  "Keymap of `semdiff-inline-mode'.")

(define-minor-mode semdiff-inline-mode
  "Edit an entity's diff in the review buffer, as a patch.
Each line keeps its first column: `+' and ` ' lines are the new
text, `-' lines cannot be changed.
\\<semdiff-inline-mode-map>\\[semdiff-inline-finish] writes the new text back to the file,
\\[semdiff-inline-abort] aborts."
  :lighter " Semdiff-Inline"
  :keymap semdiff-inline-mode-map)

(defun semdiff-edit-inline ()
  "Edit the `+' and context lines of the entity at point, in place.
Like `wdired', in the review buffer itself:
\\<semdiff-inline-mode-map>\\[semdiff-inline-finish] writes the entity's new text back to its file,
\\[semdiff-inline-abort] aborts.  Only for the working tree's side,
with the same safety as the other commands: a buffer with unsaved
edits of the file refuses, and so does a file changed since it was
shown."
  (interactive)
  (let* ((section (or (semdiff--ancestor 'semdiff-entity-section)
                      (user-error "No entity here")))
         (group (semdiff--ancestor 'semdiff-group-section section))
         (entity (oref section data))
         (new (or (alist-get 'new entity)
                  (user-error "This entity was removed: there is nothing to edit")))
         (hunks (semdiff--entity-hunk-sections section)))
    (unless (memq (oref group value) '(unstaged untracked))
      (user-error "Inline editing works on the unstaged changes (the working tree)"))
    (when (oref section hidden)
      (magit-section-show section)
      (setq hunks (semdiff--entity-hunk-sections section)))
    (unless hunks
      (user-error "No diff to edit"))
    (let* ((default-directory (file-name-as-directory
                               (or (semdiff--repository) default-directory)))
           (path (alist-get 'path new)))
      (semdiff--inline-check path entity)
      (let ((inhibit-read-only t)
            (spans nil))
        (cl-mapc
         (lambda (hunk-section hunk)
           (let* ((start (save-excursion (goto-char (oref hunk-section start))
                                         (forward-line 1) (point)))
                  (end (oref hunk-section end)))
             (push (list (copy-marker start) (copy-marker end t)
                         (alist-get 'new_start hunk) (alist-get 'new_lines hunk)
                         ;; The new side ends the file without a final newline.
                         (cl-some (lambda (line)
                                    (and (alist-get 'no_newline line)
                                         (not (equal (alist-get 'op line) "-"))))
                                  (alist-get 'lines hunk)))
                   spans)))
         ;; A moved entity shows its old text against its new one: the
         ;; new side's lines are its new file's (`new_line', `new_start').
         hunks (semdiff--shown-hunks entity))
        (setq spans (nreverse spans))
        ;; Everything is read-only but the hunks' `+' and context lines.
        ;; Front-sticky: nothing can be typed just before a `-' line or a heading,
        ;; where it would join their line.
        (add-text-properties (point-min) (point-max)
                             '(read-only t front-sticky (read-only) rear-nonsticky (read-only)))
        (pcase-dolist (`(,start ,end . ,_) spans)
          (save-excursion
            (goto-char start)
            (while (< (point) end)
              ;; Neither a `-' line nor a "\\ No newline at end of file".
              (unless (or (eq (char-after) ?-) (get-text-property (point) 'semdiff-no-newline))
                (remove-text-properties (point) (min end (1+ (line-end-position)))
                                        '(read-only nil)))
              (forward-line 1))))
        (setq semdiff--inline (list :entity entity :file path :hunks spans))
        (setq buffer-read-only nil)
        (semdiff-inline-mode 1)
        (setq header-line-format
              (substitute-command-keys
               "\\<semdiff-inline-mode-map>Editing the diff: \\[semdiff-inline-finish] \
writes the entity back to its file, \\[semdiff-inline-abort] aborts"))
        (goto-char (car (car spans)))
        (forward-char 1)))))

(defun semdiff--entity-hunk-sections (section)
  "Return the hunk sections of entity SECTION, in order (none while collapsed)."
  (cl-remove-if-not (lambda (child) (object-of-class-p child 'semdiff-hunk-section))
                    (oref section children)))

(defun semdiff--inline-check (path entity)
  "Refuse unless PATH is saved and still has ENTITY's new lines; return its buffer."
  (semdiff--save-or-refuse (list path))
  (let ((buffer (find-file-noselect (expand-file-name path))))
    (with-current-buffer buffer
      (unless (verify-visited-file-modtime buffer)
        (revert-buffer t t t)))
    (unless (semdiff--lines-match-p buffer entity)
      (user-error "%s changed since it was shown: look again (g)" path))
    buffer))

(defun semdiff--inline-new-lines (start end)
  "Return the new side's lines between START and END, as the user left them.
A `-' line is left out; a `+' or ` ' line loses its first column; a
line typed without one is taken as it is."
  (let ((lines nil))
    (save-excursion
      (goto-char start)
      (while (< (point) end)
        (let ((line (buffer-substring-no-properties (point) (line-end-position))))
          (cond ((string-prefix-p "-" line))
                ((get-text-property (point) 'semdiff-no-newline))
                ((or (string-prefix-p "+" line) (string-prefix-p " " line))
                 (push (substring line 1) lines))
                (t (push line lines))))
        (forward-line 1)))
    (nreverse lines)))

(defun semdiff--inline-close ()
  "Leave inline editing: the buffer is read-only again and redrawn."
  (pcase-dolist (`(,start ,end . ,_) (plist-get semdiff--inline :hunks))
    (set-marker start nil)
    (set-marker end nil))
  (setq semdiff--inline nil)
  (semdiff-inline-mode -1)
  (let ((inhibit-read-only t))
    (remove-text-properties (point-min) (point-max)
                            '(read-only nil front-sticky nil rear-nonsticky nil)))
  (setq buffer-read-only t)
  (setq header-line-format semdiff--header))

(defun semdiff-inline-finish ()
  "Write the edited entity back to its file, save it and redraw."
  (interactive)
  (let* ((state (or semdiff--inline (user-error "Not editing a diff")))
         (default-directory (file-name-as-directory
                             (or (semdiff--repository) default-directory)))
         (texts (mapcar (pcase-lambda (`(,start ,end ,new-start ,new-lines ,no-final))
                          (list new-start new-lines (semdiff--inline-new-lines start end)
                                no-final))
                        (plist-get state :hunks)))
         (buffer (semdiff--inline-check (plist-get state :file) (plist-get state :entity))))
    (with-current-buffer buffer
      (save-restriction
        (widen)
        (save-excursion
          ;; From the last hunk up, so that the line numbers above stay right.
          (pcase-dolist (`(,new-start ,new-lines ,lines ,no-final) (reverse texts))
            (goto-char (point-min))
            (forward-line (if (= new-lines 0) new-start (1- new-start)))
            (let ((from (point)))
              (forward-line new-lines)
              (delete-region from (point))
              (goto-char from)
              (dolist (line lines) (insert line "\n"))
              ;; The file's last line stays without its newline, as it was.
              (when (and no-final lines (eobp))
                (delete-char -1))))))
      ;; A mode's `require-final-newline' would add it back on saving.
      (let ((require-final-newline (and (not (cl-some (lambda (text) (nth 3 text)) texts))
                                        require-final-newline)))
        (save-buffer)))
    (semdiff--inline-close)
    (message "Wrote %s" (plist-get state :file))
    (semdiff--after-change)))

(defun semdiff-inline-abort ()
  "Stop editing the diff; the file is left as it was."
  (interactive)
  (unless semdiff--inline (user-error "Not editing a diff"))
  (semdiff--inline-close)
  (message "Nothing written")
  (semdiff-refresh))

;;;; Staging, unstaging, discarding

;; An entity's change is staged, unstaged or discarded through its own
;; patch (or one hunk of it, or some lines of a hunk); a file's or a
;; group's is staged and unstaged whole with git add and git reset,
;; which also carry what entities cannot (binary files, modes, empty
;; files), and discarded through its entities' patches when they
;; carry all of it.  Untracked files are a group of their own: only
;; a command on that group, on one of them or on one of their
;; entities touches them, and deleting one asks first and honours
;; `delete-by-moving-to-trash'.

(defun semdiff--targets ()
  "Return what the section at point covers, as (ROLE IDS PATHS WHAT FILES PART).
IDS are the entity ids, PATHS the paths of the files (nil for a
single entity), WHAT names them for prompts and messages, FILES
are the files' JSON objects.  PART is nil for a whole entity, or
\(HUNK FIRST LAST) for a hunk of it: HUNK its 1-based number among
the entity's hunks, FIRST and LAST the 1-based lines of the hunk
the active region covers (nil for the whole hunk)."
  (let* ((section (magit-current-section))
         (group (or (semdiff--ancestor 'semdiff-group-section section)
                    (user-error "No change here")))
         (entity (semdiff--ancestor 'semdiff-entity-section section))
         (file (semdiff--ancestor 'semdiff-file-section section))
         (hunk (semdiff--ancestor 'semdiff-hunk-section section))
         (part (and hunk entity (semdiff--hunk-part hunk (oref entity data))))
         (files (cond (entity nil)
                      (file (list (oref file data)))
                      (t (oref group files)))))
    (list (oref group value)
          (if entity
              (list (oref entity value))
            (delete-dups (apply #'append (mapcar (lambda (data) (alist-get 'entities data))
                                                 files))))
          (delete-dups (apply #'append (mapcar #'semdiff--file-paths files)))
          (cond ((and entity part)
                 (let ((data (oref entity data)))
                   (format "%s of %s %s"
                           (if (nth 1 part)
                               (if (= (nth 1 part) (nth 2 part))
                                   (format "line %d of hunk %d" (nth 1 part) (car part))
                                 (format "lines %d-%d of hunk %d"
                                         (nth 1 part) (nth 2 part) (car part)))
                             (format "hunk %d" (car part)))
                           (alist-get 'kind data)
                           (semdiff--entity-title data (oref file data)))))
                (entity (let ((data (oref entity data)))
                          (format "%s %s" (alist-get 'kind data)
                                  (semdiff--entity-title data (oref file data)))))
                (file (semdiff--file-title (oref file data)))
                ((eq (oref group value) 'untracked) "all untracked files")
                (t (format "all %s changes" (oref group value))))
          files
          part)))

(defun semdiff--hunk-part (hunk entity)
  "Return (NUMBER FIRST LAST) for HUNK, a section of ENTITY's diff.
Signal why not for a moved entity.
FIRST and LAST are the hunk's lines the active region covers, or nil."
  (when (assq 'moved_hunks entity)
    (user-error "A moved entity's diff is not its patch: stage, unstage or discard it whole \
\(on its heading)"))
  (let ((number (1+ (oref hunk value))))
    (if (not (use-region-p))
        (list number nil nil)
      (let ((first (semdiff--line-index (region-beginning)))
            (last (semdiff--line-index (save-excursion
                                         (goto-char (region-end))
                                         ;; A region ending at a line's start leaves that line out.
                                         (when (and (bolp) (> (point) (region-beginning)))
                                           (forward-line -1))
                                         (point)))))
        (unless (and first last
                     (eq hunk (semdiff--ancestor 'semdiff-hunk-section
                                                 (semdiff--section-at (region-beginning))))
                     (eq hunk (semdiff--ancestor 'semdiff-hunk-section
                                                 (semdiff--section-at (1- (region-end))))))
          (user-error "The region must lie within the lines of one hunk"))
        (list number first last)))))

(defun semdiff--section-at (position)
  "Return the section at POSITION."
  (save-excursion (goto-char position) (magit-current-section)))

(defun semdiff--line-index (position)
  "Return the 1-based number in its hunk of the diff line at POSITION, or nil."
  (get-text-property (save-excursion (goto-char position) (line-beginning-position))
                     'semdiff-line-index))

(defun semdiff--file-paths (file)
  "Return the paths of FILE, a JSON file: its old and new path, once each."
  (delete-dups (delq nil (list (alist-get 'old_path file) (alist-get 'new_path file)))))

(defun semdiff--run-role (role)
  "Return the role of the CLI run that ROLE's group comes from."
  (if (eq role 'untracked) 'unstaged role))

(defun semdiff--untracked-file-ids (document role)
  "Return the ids of DOCUMENT's untracked files, when ROLE is the working tree's."
  (and (memq role '(unstaged untracked))
       (mapcar (lambda (file) (alist-get 'id file))
               (cl-remove-if-not (lambda (file) (semdiff--untracked-p 'unstaged file))
                                 (alist-get 'files document)))))

(defun semdiff--entity (document id)
  "Return the entity of DOCUMENT whose id is ID."
  (cl-find id (alist-get 'entities document)
           :key (lambda (entity) (alist-get 'id entity)) :test #'equal))

(defun semdiff--entity-file-ids (entity)
  "Return the ids of the files ENTITY's hunks change."
  (delete-dups (mapcar (lambda (hunk) (alist-get 'file_id hunk))
                       (append (alist-get 'hunks entity) (alist-get 'moved_hunks entity)))))

(defun semdiff--touched-paths (document ids paths)
  "Return PATHS and the paths of the files the entities IDS of DOCUMENT change."
  (delete-dups
   (append paths
           (apply #'append
                  (mapcar (lambda (id)
                            (apply #'append
                                   (mapcar (lambda (file-id)
                                             (let ((file (semdiff--file-by-id document file-id)))
                                               (and file (semdiff--file-paths file))))
                                           (semdiff--entity-file-ids
                                            (semdiff--entity document id)))))
                          ids)))))

(defun semdiff--entity-label (entity)
  "Return ENTITY's kind and name, for a prompt."
  (let ((side (or (alist-get 'new entity) (alist-get 'old entity))))
    (format "%s %s" (alist-get 'kind entity) (semdiff--entity-name side entity))))

(defun semdiff--needed (document id action)
  "Return the entities of DOCUMENT that ACTION on entity ID cannot leave out.
Staging an entity that sits (or moved) into an added entity needs
that one staged too, or its lines would land in the wrong place;
unstaging or discarding an added entity takes what sits in it, and
any action on a removed entity takes what was removed with it (its
lines alone would leave the methods of a deleted class at the top
level, or bring back an empty class)."
  (let* ((entity (semdiff--entity document id))
         (status (alist-get 'status entity))
         (needed nil))
    (when (eq action 'stage)
      (let ((parent (alist-get 'parent_id entity)))
        (while parent
          (let ((up (semdiff--entity document parent)))
            (if (and up (equal (alist-get 'status up) "added"))
                (progn (push up needed)
                       (setq parent (alist-get 'parent_id up)))
              (setq parent nil))))))
    (when (or (equal status "removed")
              (and (equal status "added") (not (eq action 'stage))))
      (setq needed (append needed (semdiff--held document id status))))
    needed))

(defun semdiff--held (document id status)
  "Return the entities of DOCUMENT inside entity ID, at any depth.
With STATUS \"removed\", only the removed ones: a child that moved
out is no longer held."
  (let ((inside (list id))
        (held nil)
        (grew t))
    (while grew
      (setq grew nil)
      (dolist (other (alist-get 'entities document))
        (when (and (member (alist-get 'parent_id other) inside)
                   (not (member (alist-get 'id other) inside))
                   (or (not (equal status "removed"))
                       (equal (alist-get 'status other) "removed")))
          (push (alist-get 'id other) inside)
          (setq grew t)
          (setq held (append held (list other))))))
    held))

(defun semdiff--confirm-needed (document ids action what)
  "Return IDS with what ACTION on their one entity needs, after saying so.
The entities are DOCUMENT's; WHAT names the one of IDS.  Refuse
when the user declines."
  (let ((needed (semdiff--needed document (car ids) action))
        (verb (symbol-name action)))
    (if (null needed)
        ids
      (let ((names (mapconcat #'semdiff--entity-label needed ", ")))
        (unless (y-or-n-p
                 (if (and (eq action 'stage)
                          (not (equal (alist-get 'status (semdiff--entity document (car ids)))
                                      "removed")))
                     (format "%s goes into %s, which %s not staged yet: stage %s too? "
                             what names (if (cdr needed) "are" "is")
                             (if (cdr needed) "them" "it"))
                   (format "%s holds %s: %s %s too? " what names verb
                           (if (cdr needed) "them" "it"))))
          (user-error "Nothing %s: %s needs %s" (semdiff--past action) what names))
        (append (mapcar (lambda (entity) (alist-get 'id entity)) needed) ids)))))

(defun semdiff--past (action)
  "Return the past participle of ACTION."
  (pcase action ('stage "staged") ('unstage "unstaged") ('discard "discarded")
         (_ "deleted")))

(defun semdiff--carried-p (document file)
  "Return non-nil when FILE's entities in DOCUMENT carry its whole change.
Binary files, mode changes and files whose entities have no lines
\(an empty file) are changed by git as a whole, not by patches."
  (let ((id (alist-get 'id file))
        (old-mode (alist-get 'old_mode file))
        (new-mode (alist-get 'new_mode file)))
    (and (not (member (alist-get 'status file) '("binary" "mode_changed")))
         (or (null old-mode) (null new-mode) (equal old-mode new-mode))
         (cl-some (lambda (entity)
                    (cl-some (lambda (hunk) (equal (alist-get 'file_id hunk) id))
                             (alist-get 'hunks entity)))
                  (alist-get 'entities document)))))

(defun semdiff--check-fresh (role ids document paths)
  "Signal an error unless entities IDS of ROLE are as drawn from DOCUMENT.
The CLI runs on PATHS only (all the files when nil).  The change is
made from the files as they are now; acting on edits nobody has
seen (say, a discard) could lose work."
  (semdiff--check-report
   (semdiff--parse (semdiff--run-sync (append (semdiff--json-args (semdiff--role-args role))
                                              (and paths (cons "--" paths)))))
   ids document))

(defun semdiff--check-report (fresh ids document)
  "Signal an error unless entities IDS are in FRESH as they are in DOCUMENT.
FRESH is the JSON report of a run made now; DOCUMENT the one drawn."
  (let ((index (make-hash-table :test #'equal)))
    (dolist (entity (alist-get 'entities fresh))
      (puthash (alist-get 'id entity) entity index))
    (dolist (entity (alist-get 'entities document))
      (when (member (alist-get 'id entity) ids)
        (let ((now (gethash (alist-get 'id entity) index)))
          (unless (and now
                       (equal (alist-get 'hunks now) (alist-get 'hunks entity))
                       (equal (alist-get 'moved_hunks now) (alist-get 'moved_hunks entity)))
            (semdiff-refresh)
            (user-error "It changed since it was shown: look again (refreshing)")))))))

(defun semdiff--fresh-patch (role ids document reverse part paths)
  "Return the patch of entities IDS of ROLE, after checking they are as drawn.
One CLI run, on PATHS only, gives both the report, checked against
DOCUMENT as `semdiff--check-report' does, and the patch, for git
apply.  With REVERSE, the patch is made for `git apply --reverse'.
PART, \(HUNK FIRST LAST) as `semdiff--targets' gives it, limits the
patch of the one entity to a hunk or to lines of a hunk."
  (let ((both (semdiff--parse
               (semdiff--run-sync
                (append (semdiff--role-args role)
                        '("--format" "patch" "--with-report")
                        (semdiff--context-args)
                        (and reverse '("--for-reverse"))
                        (mapcan (lambda (id) (list "--entity" id)) ids)
                        (and part (list "--hunk" (number-to-string (car part))))
                        (and part (nth 1 part)
                             (list "--lines" (format "%d-%d" (nth 1 part) (nth 2 part))))
                        (and paths (cons "--" paths)))))))
    (semdiff--check-report (alist-get 'report both) ids document)
    (alist-get 'patch both)))

(defun semdiff--created-paths (patch)
  "Return the paths of the new files in PATCH (a `new file mode' section).
Applied backwards, which is how a discard applies it, it deletes them."
  (let (paths)
    (dolist (section (split-string patch "^diff --git " t))
      (when (and (string-match-p "^new file mode" section)
                 (string-match "^\\+\\+\\+ b/\\(.*\\)$" section))
        (push (match-string 1 section) paths)))
    (nreverse paths)))

(defun semdiff--patch-sections (patch)
  "Return the number of files in PATCH."
  (length (split-string patch "^diff --git " t)))

(defun semdiff--apply-patch (patch &rest targets)
  "Apply PATCH backwards or forwards to each of TARGETS, or to none.
Each target is a list of `git apply' options; all are checked
before any is applied, so a refusal changes nothing."
  (dolist (options targets)
    (apply #'semdiff--git patch "apply" "--check" (append options '("-"))))
  (dolist (options targets)
    (apply #'semdiff--git patch "apply" (append options '("-")))))

(defun semdiff--visiting-buffers (paths)
  "Return the buffers visiting PATHS, relative to `default-directory'."
  (let ((truenames (mapcar (lambda (path) (file-truename (expand-file-name path))) paths)))
    (cl-remove-if-not (lambda (buffer)
                        (let ((file (buffer-file-name buffer)))
                          (and file (member (file-truename file) truenames))))
                      (buffer-list))))

(defun semdiff--save-or-refuse (paths)
  "Save the buffers visiting PATHS that have unsaved edits, or refuse.
This runs before any change, as Magit does: a change made under an
unsaved buffer would come back with its next save.  Whether to
save without asking is `semdiff-save-buffers'; declining refuses."
  (dolist (buffer (semdiff--visiting-buffers paths))
    (when (buffer-modified-p buffer)
      (if (or (eq semdiff-save-buffers t)
              (and (eq semdiff-save-buffers 'ask)
                   (y-or-n-p (format "Save %s first? " (buffer-name buffer)))))
          (with-current-buffer buffer (save-buffer))
        (user-error "%s has unsaved changes: save or revert it first (nothing changed)"
                    (buffer-name buffer))))))

(defun semdiff--delete-untracked (paths)
  "Delete the untracked files PATHS after confirmation, into the trash if so set.
`delete-by-moving-to-trash' decides, as for any deletion in Emacs."
  (unless (y-or-n-p (if (cdr paths)
                        (format "Delete %d untracked files (%s)? " (length paths)
                                (string-join paths ", "))
                      (format "Delete untracked file %s? " (car paths))))
    (user-error "Nothing deleted"))
  (dolist (path paths)
    (delete-file (expand-file-name path) t))
  (message "%s %s" (if delete-by-moving-to-trash "Moved to the trash:" "Deleted")
           (string-join paths ", ")))

(defun semdiff--change (action)
  "Apply ACTION (`stage', `unstage' or `discard') to the section at point."
  (pcase-let* ((`(,role ,ids ,paths ,what ,files ,part) (semdiff--targets))
               (document (semdiff--document))
               (default-directory (file-name-as-directory
                                   (or (semdiff--repository)
                                       (user-error "Not a git diff"))))
               (untracked-ids (semdiff--untracked-file-ids document role))
               (entity-p (null files))
               (touched nil))
    ;; Refuse before touching anything: a half-made change is worse than none.
    (pcase (cons action role)
      ((or '(stage . staged) '(unstage . unstaged))
       (user-error "Already %s" (if (eq role 'staged) "staged" "unstaged")))
      ('(unstage . untracked) (user-error "Untracked files are not staged"))
      ((guard (not (memq role '(staged unstaged untracked))))
       (user-error "Staging works on the unstaged and staged changes (M-x semdiff)")))
    (when (and (eq action 'discard) (eq role 'unstaged) (not entity-p))
      ;; All the unstaged changes, or a file's: never an untracked file, which
      ;; an entity moved out of a tracked one may have reached.
      (setq ids (cl-remove-if (lambda (id)
                                (cl-intersection (semdiff--entity-file-ids
                                                  (semdiff--entity document id))
                                                 untracked-ids :test #'equal))
                              ids)))
    (when (and entity-p (not part))
      (setq ids (semdiff--confirm-needed document ids action what)))
    (setq touched (semdiff--touched-paths document ids paths))
    (semdiff--save-or-refuse touched)
    ;; One CLI run per command, on the files involved: the check that
    ;; what is changed is what was shown, and the patch if one is needed.
    (cond
     ((and (eq action 'discard) (eq role 'untracked) (not entity-p))
      (semdiff--check-fresh role ids document touched)
      (semdiff--delete-untracked paths))
     ((and paths (eq action 'stage))
      (semdiff--check-fresh role ids document touched)
      (apply #'semdiff--git nil "add" "--all" "--" paths))
     ((and paths (eq action 'unstage))
      (semdiff--check-fresh role ids document touched)
      (apply #'semdiff--git nil "reset" "--quiet" "--" paths))
     (t
      (when (eq action 'discard)
        (let ((whole (cl-remove-if (lambda (file) (semdiff--carried-p document file)) files)))
          (when whole
            (user-error "Discarding %s is left to git: semdiff discards what entities carry"
                        (mapconcat #'semdiff--file-title whole ", ")))))
      (unless ids
        (user-error "Nothing to %s" action))
      (let* ((patch (semdiff--fresh-patch role ids document (not (eq action 'stage)) part
                                          touched))
             (untracked-paths (mapcar (lambda (id)
                                        (alist-get 'new_path (semdiff--file-by-id document id)))
                                      untracked-ids))
             (deleted (and (eq action 'discard)
                           (cl-intersection (semdiff--created-paths patch) untracked-paths
                                            :test #'equal))))
        (when (string-empty-p patch)
          (user-error "Nothing to %s" action))
        (cond
         ((and deleted (= (length deleted) (semdiff--patch-sections patch)))
          ;; The whole of an untracked file: delete it as such, not through git.
          (semdiff--delete-untracked deleted))
         (deleted
          (user-error "Discarding %s would delete untracked %s: delete %s on its own first"
                      what (string-join deleted ", ") (if (cdr deleted) "them" "it")))
         (t
          (when (eq action 'discard)
            (unless (y-or-n-p (format "Discard %s%s? " what
                                      (if (eq role 'staged)
                                          " from the index and the working tree" "")))
              (user-error "Nothing discarded")))
          (pcase (cons action (semdiff--run-role role))
            ('(stage . unstaged) (semdiff--apply-patch patch '("--cached")))
            ('(unstage . staged) (semdiff--apply-patch patch '("--cached" "--reverse")))
            ('(discard . unstaged) (semdiff--apply-patch patch '("--reverse")))
            ('(discard . staged)
             (semdiff--apply-patch patch '("--cached" "--reverse") '("--reverse")))))))))
    (semdiff--revert-file-buffers default-directory)
    (unless (and (eq action 'discard) (eq role 'untracked))
      (message "%s %s" (capitalize (semdiff--past action)) what))
    (semdiff--after-change touched)))

(defun semdiff--after-change (&optional paths)
  "Redraw after a change to the repository, and Magit's buffers if it is loaded.
With PATHS, the change touched those files only: redraw their sections."
  (if paths (semdiff--refresh-paths paths) (semdiff-refresh))
  (semdiff--refresh-magit))

(defun semdiff--refresh-magit ()
  "Refresh Magit's buffers of this repository, when Magit is loaded."
  (when (and (featurep 'magit) (fboundp 'magit-refresh-all))
    (let ((semdiff-buffer (current-buffer)))
      (magit-refresh-all)
      (when (buffer-live-p semdiff-buffer)
        (set-buffer semdiff-buffer)))))

(defun semdiff--group-paths (role)
  "Return the paths of the files in the group ROLE of the buffer."
  (let ((group (and magit-root-section
                    (cl-find role (oref magit-root-section children)
                             :key (lambda (section) (oref section value))))))
    (and group (delete-dups (apply #'append (mapcar #'semdiff--file-paths
                                                    (oref group files)))))))

(defun semdiff--change-all (action)
  "Apply ACTION, `stage' or `unstage', to everything, as Magit's S and U do.
Staging takes the tracked files' changes: untracked files stay untracked."
  (unless (eq (plist-get semdiff--view :kind) 'status)
    (user-error "Staging works on the unstaged and staged changes (M-x semdiff)"))
  (let* ((role (if (eq action 'stage) 'unstaged 'staged))
         (paths (or (semdiff--group-paths role)
                    (user-error "No %s changes" (if (eq action 'stage) "unstaged" "staged"))))
         (default-directory (file-name-as-directory
                             (or (semdiff--repository) (user-error "Not a git diff")))))
    (semdiff--save-or-refuse paths)
    (if (eq action 'stage)
        (semdiff--git nil "add" "--update" "--" ".")
      (semdiff--git nil "reset" "--quiet"))
    (semdiff--revert-file-buffers default-directory)
    (message "%s all changes" (if (eq action 'stage) "Staged" "Unstaged"))
    (semdiff--after-change)))

(defun semdiff-stage-all ()
  "Stage everything in the tracked files; untracked files stay as they are."
  (interactive)
  (semdiff--change-all 'stage))

(defun semdiff-unstage-all ()
  "Unstage everything."
  (interactive)
  (semdiff--change-all 'unstage))

;;;; Context

(defvar-local semdiff--context nil
  "Lines of context around changes, or nil for the CLI's default (3).")

(defun semdiff--context-args ()
  "Return the CLI's context option for the buffer's context, or nil."
  (and semdiff--context (list "-U" (number-to-string semdiff--context))))

(defun semdiff-more-context ()
  "Show one more line of context around each change."
  (interactive)
  (setq semdiff--context (1+ (or semdiff--context 3)))
  (message "Context: %d lines" semdiff--context)
  (semdiff-refresh))

(defun semdiff-less-context ()
  "Show one line of context fewer around each change."
  (interactive)
  (setq semdiff--context (max 0 (1- (or semdiff--context 3))))
  (message "Context: %d lines" semdiff--context)
  (semdiff-refresh))

;;;; Committing

(defvar-local semdiff--commit-origin nil
  "The review buffer a commit message buffer was opened from.")

(defvar semdiff-commit-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map (kbd "C-c C-c") #'semdiff-commit-finish)
    (define-key map (kbd "C-c C-k") #'semdiff-commit-abort)
    map)
  "Keymap of `semdiff-commit-mode'.")

(define-derived-mode semdiff-commit-mode text-mode "semdiff-commit"
  "Write a commit message.
\\<semdiff-commit-mode-map>\\[semdiff-commit-finish] commits, \\[semdiff-commit-abort] aborts.  \
Lines starting with # are left out of the message.")

(defun semdiff-commit ()
  "Commit what is staged.
Through `magit-commit-create' when Magit is loaded; otherwise in a
buffer of its own, where
\\<semdiff-commit-mode-map>\\[semdiff-commit-finish] runs git commit."
  (interactive)
  (let ((default-directory (file-name-as-directory
                            (or (semdiff--repository) (user-error "Not a git diff"))))
        (origin (current-buffer)))
    (if (and (featurep 'magit) (fboundp 'magit-commit-create))
        (magit-commit-create)
      (when (eq 0 (call-process "git" nil nil nil "diff" "--cached" "--quiet"))
        (user-error "Nothing staged: stage something first (s, S)"))
      (let ((stat (with-output-to-string
                    (call-process "git" nil standard-output nil "diff" "--cached" "--stat")))
            (root default-directory))
        (pop-to-buffer (get-buffer-create "*semdiff commit*"))
        (semdiff-commit-mode)
        (setq default-directory root
              semdiff--commit-origin origin)
        (erase-buffer)
        (insert "\n\n# Write the message above; C-c C-c commits, C-c C-k aborts.\n"
                "# Lines starting with # are left out.\n#\n"
                (replace-regexp-in-string "^" "# " (string-trim-right stat)) "\n")
        (goto-char (point-min))))))

(defun semdiff-commit-finish ()
  "Commit what is staged, with the message of this buffer."
  (interactive)
  (let ((message (string-trim
                  (replace-regexp-in-string "^#.*\n?" "" (buffer-string))))
        (origin semdiff--commit-origin))
    (when (string-empty-p message)
      (user-error "The message is empty: nothing committed"))
    (semdiff--git (concat message "\n") "commit" "--quiet" "--file" "-")
    (let ((summary (car (split-string message "\n"))))
      (quit-window t)
      (message "Committed: %s" summary))
    (when (buffer-live-p origin)
      (with-current-buffer origin
        (semdiff--after-change)))))

(defun semdiff-commit-abort ()
  "Close the message buffer without committing."
  (interactive)
  (quit-window t)
  (message "Nothing committed"))

(defun semdiff--revert-file-buffers (root)
  "Revert the unmodified buffers under ROOT whose files changed on disk."
  (let ((root (file-truename root)))
    (dolist (buffer (buffer-list))
      (let ((file (buffer-file-name buffer)))
        (when (and file
                   (string-prefix-p root (file-truename file))
                   (file-exists-p file)
                   (not (buffer-modified-p buffer))
                   (not (verify-visited-file-modtime buffer)))
          (with-current-buffer buffer
            (revert-buffer t t t)))))))

(defun semdiff-stage ()
  "Stage the change at point: a hunk, an entity, a file, or all.
With an active region inside a hunk, stage the lines it covers."
  (interactive)
  (semdiff--change 'stage))

(defun semdiff-unstage ()
  "Unstage the change at point: a hunk, an entity, a file, or all.
With an active region inside a hunk, unstage the lines it covers."
  (interactive)
  (semdiff--change 'unstage))

(defun semdiff-discard ()
  "Discard the change at point, after confirmation.
In the staged changes, discard it from the index and the working
tree.  On an untracked file, delete the file (into the trash when
`delete-by-moving-to-trash' says so).  With an active region inside
a hunk, discard the lines it covers."
  (interactive)
  (semdiff--change 'discard))

;;;; Other commands

(defun semdiff-refresh ()
  "Run the diff again, keeping expanded sections expanded and point in place."
  (interactive)
  (unless semdiff--view
    (user-error "Not a semdiff buffer"))
  (when semdiff--inline
    ;; A redraw would throw the edits away.
    (user-error (substitute-command-keys
                 "Editing the diff: \\<semdiff-inline-mode-map>\\[semdiff-inline-finish] \
writes it, \\[semdiff-inline-abort] aborts; then refresh")))
  (semdiff--save-buffers)
  (semdiff--start))

(defun semdiff--revert (&rest _)
  "Refresh the buffer, for `revert-buffer'."
  (semdiff-refresh))

(defun semdiff--save-buffers ()
  "Offer to save modified buffers under the compared tree.
Whether to ask is up to `semdiff-save-buffers'."
  (when-let ((root (and semdiff-save-buffers
                        (or (plist-get semdiff--view :directory) default-directory))))
    (let ((root (file-truename (file-name-as-directory root))))
      (save-some-buffers
       (eq semdiff-save-buffers t)
       (lambda ()
         (and buffer-file-name
              (string-prefix-p root (file-truename buffer-file-name))))))))

(defun semdiff-jump (name)
  "Move to the entity called NAME (completing over those in the buffer)."
  (interactive
   (list (completing-read "Jump to entity: " (mapcar #'car (semdiff--entity-index)) nil t)))
  (let ((section (cdr (assoc name (semdiff--entity-index)))))
    (unless section
      (user-error "No entity %s" name))
    (goto-char (oref section start))))

(defun semdiff--entity-index ()
  "Return (LABEL . SECTION) for each entity section, in buffer order."
  (let (index)
    (dolist (group (and magit-root-section (oref magit-root-section children)))
      (dolist (file (oref group children))
        (dolist (entity (oref file children))
          (let* ((data (oref entity data))
                 (label (format "%s  (%s, %s%s)"
                                (semdiff--entity-title data (oref file data))
                                (alist-get 'status data)
                                (semdiff--file-title (oref file data))
                                (if (eq (oref group value) 'staged) ", staged" ""))))
            (push (cons label entity) index)))))
    (nreverse index)))

(defconst semdiff--help-commands
  '((magit-section-forward . "next section")
    (magit-section-backward . "previous section")
    (magit-section-toggle . "expand or collapse (an entity shows its diff)")
    (semdiff-visit . "visit the line (a `-' line opens the old version)")
    (semdiff-visit-worktree . "visit the file in the working tree")
    (semdiff-edit . "edit the entity in place")
    (semdiff-edit-inline . "edit the entity's diff right here, like wdired")
    (semdiff-stage . "stage the hunk, region, entity, file or group at point")
    (semdiff-unstage . "unstage it")
    (semdiff-discard . "discard it, after confirmation")
    (semdiff-stage-all . "stage every change to tracked files")
    (semdiff-unstage-all . "unstage everything")
    (semdiff-commit . "commit what is staged (through Magit when it is loaded)")
    (semdiff-more-context . "one more line of context")
    (semdiff-less-context . "one line of context fewer")
    (semdiff-refresh . "refresh, keeping what is expanded")
    (semdiff-jump . "jump to an entity by name")
    (semdiff-explain . "why the entity was paired (or not): the matcher's candidates")
    (semdiff-history . "the commits that changed the entity, each with its diff")
    (semdiff-show-process . "show the CLI's commands and messages")
    (quit-window . "quit"))
  "The commands `semdiff-help' lists, with what each does.")

(defun semdiff-help ()
  "Show the keys of the semdiff buffer."
  (interactive)
  (let ((map (current-local-map)))
    (with-help-window "*semdiff-help*"
      (princ "semdiff keys\n\n")
      (dolist (entry semdiff--help-commands)
        (let ((keys (mapcar #'key-description (where-is-internal (car entry) map))))
          (when keys
            (princ (format "%-16s %s\n" (string-join keys ", ") (cdr entry))))))
      (princ (substitute-command-keys
              "\nIn an edit buffer: \\<semdiff-edit-mode-map>\\[semdiff-edit-finish] \
saves and refreshes, \\[semdiff-edit-abort] aborts.\n")))))

(defun semdiff-explain ()
  "Show why the entity at point was paired as it was, or left unpaired.
The CLI's --explain lists every candidate the matcher weighed for
it, on both sides, with each term of its cost."
  (interactive)
  (let* ((group (or (semdiff--ancestor 'semdiff-group-section) (user-error "No entity here")))
         (entity (or (semdiff--ancestor 'semdiff-entity-section) (user-error "No entity here")))
         (temp-files (semdiff--prepare-sources))
         (args (nth 2 (assq (semdiff--run-role (oref group value))
                            (semdiff--group-specs semdiff--view))))
         (extra (list "--explain" "--color" "never" "--entity" (oref entity value))))
    (unwind-protect
        (let ((output (semdiff--run-sync
                       (if (member (car args) '("git" "show"))
                           (append (list (car args)) extra (cdr args))
                         (append extra args)))))
          (with-help-window "*semdiff-explain*"
            (princ output)))
      (mapc #'delete-file temp-files))))

(defun semdiff-show-process ()
  "Show the commands this buffer ran and what they printed on stderr."
  (interactive)
  (display-buffer (semdiff--process-buffer)))

;;;; Mode

(defvar semdiff-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map (kbd "RET") #'semdiff-visit)
    (define-key map [C-return] #'semdiff-visit-worktree)
    (define-key map (kbd "C-j") #'semdiff-visit-worktree)
    (define-key map "e" #'semdiff-edit)
    (define-key map "E" #'semdiff-edit-inline)
    (define-key map [remap read-only-mode] #'semdiff-edit-inline)
    (define-key map "s" #'semdiff-stage)
    (define-key map "u" #'semdiff-unstage)
    (define-key map "S" #'semdiff-stage-all)
    (define-key map "U" #'semdiff-unstage-all)
    (define-key map "c" #'semdiff-commit)
    (define-key map "+" #'semdiff-more-context)
    (define-key map "-" #'semdiff-less-context)
    (define-key map "k" #'semdiff-discard)
    (define-key map "g" #'semdiff-refresh)
    (define-key map "q" #'quit-window)
    (define-key map "j" #'semdiff-jump)
    (define-key map "w" #'semdiff-explain)
    (define-key map "l" #'semdiff-history)
    (define-key map "?" #'semdiff-help)
    (define-key map "$" #'semdiff-show-process)
    map)
  "Keymap of `semdiff-mode'.")

(define-derived-mode semdiff-mode magit-section-mode "Semdiff"
  "Review a change entity by entity.
\\<semdiff-mode-map>
Entities are collapsed; \\[magit-section-toggle] shows one's diff.
\\[semdiff-visit] visits the line at point, \\[semdiff-edit] edits the
entity in place, \\[semdiff-stage], \\[semdiff-unstage] and \\[semdiff-discard]
stage, unstage and discard it, \\[semdiff-refresh] runs the diff
again and \\[semdiff-help] lists the keys.

\\{semdiff-mode-map}"
  :group 'semdiff
  (setq-local revert-buffer-function #'semdiff--revert)
  (add-hook 'kill-buffer-hook #'semdiff--kill-processes nil t)
  (add-hook 'kill-buffer-hook #'semdiff--kill-log nil t))

(defun semdiff--setup (name view directory)
  "Show the buffer NAME for VIEW, run in DIRECTORY, and start its diff."
  (let ((buffer (get-buffer-create name)))
    (with-current-buffer buffer
      (unless (derived-mode-p 'semdiff-mode)
        (semdiff-mode))
      (setq default-directory (file-name-as-directory directory))
      (setq semdiff--view (plist-put view :directory default-directory))
      (unless semdiff--drawn
        (semdiff--draw-message "Running semdiff..."))
      (semdiff-refresh))
    (pop-to-buffer-same-window buffer)
    buffer))

(defun semdiff--toplevel ()
  "Return the top level of the repository at `default-directory'."
  (condition-case nil
      (car (process-lines "git" "rev-parse" "--show-toplevel"))
    (error (user-error "Not inside a git working tree: %s" default-directory))))

(defun semdiff--git-view (name view)
  "Show VIEW of the current repository in a buffer called NAME."
  (let ((top (semdiff--toplevel)))
    (semdiff--setup (format "*semdiff%s: %s*" name
                            (file-name-nondirectory (directory-file-name top)))
                    view top)))

;;;; Entry points

;;;###autoload
(defun semdiff (&optional revisions)
  "Review what changed in the working tree, entity by entity.
Shows the unstaged changes (the working tree against the index)
and the staged ones (the index against HEAD).  With a prefix
argument, read REVISIONS as for `git diff' instead: one to compare
with the working tree, two or a range to compare commits."
  (interactive
   (list (and current-prefix-arg
              (split-string-and-unquote
               (read-string "Revisions (as for git diff; empty: unstaged and staged): ")))))
  (let ((place (semdiff--magit-place))
        (buffer (if revisions
                    (semdiff--git-view (concat " " (string-join revisions " "))
                                       (list :kind 'git :args revisions))
                  (semdiff--git-view "" (list :kind 'status)))))
    (when place
      (with-current-buffer buffer
        (setq semdiff--goto-file place)))
    buffer))

(defun semdiff--magit-place ()
  "Return (ROLE PATH) for the file at point in a Magit buffer, or nil.
ROLE is the type of the Magit section holding it: `unstaged',
`staged' or `untracked'."
  (when (derived-mode-p 'magit-mode)
    (let ((section (magit-current-section)))
      (while (and section (not (eq (oref section type) 'file)))
        (setq section (oref section parent)))
      (when (and section (stringp (oref section value)))
        (list (and (oref section parent) (oref (oref section parent) type))
              (oref section value))))))

;;;###autoload
(defun semdiff-staged ()
  "Review what is staged (the index against HEAD), entity by entity."
  (interactive)
  (semdiff--git-view " staged" (list :kind 'git :args '("--staged"))))

;;;###autoload
(defun semdiff-show (revision)
  "Review the commit REVISION against its first parent.
Interactively, the commit at point in Magit's log and revision
buffers, or else one read from the minibuffer."
  (interactive
   (list (or (and (fboundp 'magit-commit-at-point) (magit-commit-at-point))
             (read-string "Show commit (default HEAD): " nil nil "HEAD"))))
  (semdiff--git-view (concat " show " revision) (list :kind 'show :args (list revision))))

;;;###autoload
(defun semdiff-range (range)
  "Review RANGE: `A..B', `A...B' (from the merge base) or `A B'."
  (interactive (list (read-string "Range (A..B, A...B or A B): ")))
  (let ((args (split-string-and-unquote range)))
    (unless (<= 1 (length args) 2)
      (user-error "A range is A..B, A...B or two revisions"))
    (semdiff--git-view (concat " " range) (list :kind 'git :args args))))

;;;###autoload
(defun semdiff-files (old new)
  "Review the change from OLD to NEW, each a file, a directory or a buffer.
Interactively, read two file names; with a prefix argument, two
buffers.  A buffer is compared as it is, saved or not."
  (interactive
   (if current-prefix-arg
       (list (get-buffer (read-buffer "Old buffer: " nil t))
             (get-buffer (read-buffer "New buffer: " (current-buffer) t)))
     (list (read-file-name "Old file: " nil nil t)
           (read-file-name "New file: " nil buffer-file-name t))))
  (let ((sources (mapcar (lambda (source)
                           (if (bufferp source) source (expand-file-name source)))
                         (list old new))))
    (semdiff--setup (format "*semdiff: %s → %s*" (semdiff--source-name (car sources))
                            (semdiff--source-name (cadr sources)))
                    (list :kind 'files :sources sources)
                    default-directory)))

(defun semdiff--source-name (source)
  "Return a short name for SOURCE, a file name or a buffer."
  (if (bufferp source)
      (buffer-name source)
    (file-name-nondirectory (directory-file-name source))))

(defun semdiff--prepare-sources ()
  "Write the buffers the view compares to temporary files; return their names."
  (let (temp-files)
    (when (eq (plist-get semdiff--view :kind) 'files)
      (setq semdiff--view
            (plist-put
             semdiff--view :paths
             (mapcar (lambda (source)
                       (if (not (bufferp source))
                           source
                         (let ((file (make-temp-file
                                      "semdiff-" nil
                                      (let ((name (buffer-file-name source)))
                                        (and name (file-name-extension name)
                                             (concat "." (file-name-extension name)))))))
                           (with-current-buffer source
                             (let ((coding-system-for-write 'utf-8-unix))
                               (save-restriction
                                 (widen)
                                 (write-region nil nil file nil 'silent))))
                           (push file temp-files)
                           file)))
                     (plist-get semdiff--view :sources)))))
    temp-files))

(defun semdiff--files-args (view)
  "Return the CLI arguments comparing the two sources of VIEW."
  (let ((paths (plist-get view :paths))
        (sources (plist-get view :sources)))
    (append (cl-loop for path in paths
                     for source in sources
                     unless (file-directory-p path)
                     append (list "--label" (if (bufferp source)
                                                (buffer-name source)
                                              (file-relative-name source))))
            (cons "--" paths))))

;;;; The history of an entity

(defclass semdiff-commit-section (semdiff-section) ()
  "A commit that changed the entity: its value is the commit id, its data the log line.")

(defvar-local semdiff--history nil
  "What the history buffer shows, a plist: :name, :path and :revision.")

(defun semdiff--history-target (entity document)
  "Return (NAME PATH REVISION) to look ENTITY of DOCUMENT up in the history.
The CLI finds the name in REVISION, the newest commit of the walk,
so the side taken must exist in a commit: the new one when the new
side is a commit, else the old one (the index and the working tree
are not in any commit; their old side is HEAD or the index, which
HEAD usually matches)."
  (let* ((new (alist-get 'new entity))
         (old (alist-get 'old entity))
         (new-side (alist-get 'new document))
         (old-side (alist-get 'old document))
         (commit-p (lambda (side) (equal (alist-get 'kind side) "commit"))))
    (cond ((equal (alist-get 'kind entity) "module")
           ;; The CLI looks up named entities only; a top level has none.
           (user-error "A file's top level has no history here: try `git log' on the file"))
          ((and new (funcall commit-p new-side))
           (list (alist-get 'qualified_name new) (alist-get 'path new)
                 (alist-get 'rev new-side)))
          ((and old (funcall commit-p old-side))
           (list (alist-get 'qualified_name old) (alist-get 'path old)
                 (alist-get 'rev old-side)))
          ((and old (member (alist-get 'kind old-side) '("index" "worktree")))
           (list (alist-get 'qualified_name old) (alist-get 'path old) "HEAD"))
          (t (user-error "%s is in no commit yet"
                         (alist-get 'qualified_name (or new old)))))))

(defun semdiff-history ()
  "Show the commits that changed the entity at point, newest first.
Each commit expands into the entity's diff in that commit.  The
CLI's `log --entity' follows the entity back through renames and
moves; it is given the qualified name and the file, so that the
lookup is unambiguous."
  (interactive)
  (let* ((entity (or (semdiff--ancestor 'semdiff-entity-section) (user-error "No entity here")))
         (document (semdiff--document entity))
         (repository (or (alist-get 'repository document)
                         (user-error "The history of an entity needs a git repository"))))
    (pcase-let ((`(,name ,path ,revision)
                 (semdiff--history-target (oref entity data) document)))
      (semdiff-history-open name path revision repository))))

(defun semdiff-history-open (name path revision directory)
  "Show the history of the entity NAME in PATH, from REVISION back.
DIRECTORY is the repository the CLI runs in.  Return the buffer."
  (let ((buffer (get-buffer-create (format "*semdiff history: %s (%s)*" name path))))
    (with-current-buffer buffer
      (unless (derived-mode-p 'semdiff-history-mode)
        (semdiff-history-mode))
      (setq default-directory (file-name-as-directory directory))
      (setq semdiff--history (list :name name :path path :revision revision))
      (unless semdiff--drawn
        (semdiff--draw-message "Running semdiff log..."))
      (semdiff-history-refresh))
    (pop-to-buffer-same-window buffer)
    buffer))

(defun semdiff--history-args ()
  "Return the CLI arguments of the history buffer."
  (list "log" "--format" "json" "--entity" (plist-get semdiff--history :name)
        (plist-get semdiff--history :revision) "--" (plist-get semdiff--history :path)))

(defun semdiff-history-refresh ()
  "Run the history again, keeping expanded commits expanded."
  (interactive)
  (unless semdiff--history
    (user-error "Not a semdiff history buffer"))
  (semdiff--kill-processes)
  (let ((buffer (current-buffer))
        (generation semdiff--generation)
        (args (semdiff--history-args)))
    (semdiff--log (format "$ %s\n" (string-join (append semdiff-command args) " ")))
    (setq semdiff--processes
          (list (semdiff--call-cli
                 args
                 (lambda (code stdout stderr)
                   (when (buffer-live-p buffer)
                     (with-current-buffer buffer
                       (when (= generation semdiff--generation)
                         (setq semdiff--processes nil)
                         (semdiff--history-finish code stdout stderr))))))))
    (message "Running semdiff log...")))

(defun semdiff--history-finish (code stdout stderr)
  "Draw the log lines in STDOUT, or report the failure of exit CODE with STDERR.
Errors show as in the review buffer: the first line, and the rest
in the process log."
  (unless (string-empty-p stderr)
    (semdiff--log stderr))
  (semdiff--log (format "exit %s\n" code))
  (let* ((failure (and (not (semdiff--succeeded-p code))
                       (if (string-empty-p stderr) (format "exit status %s" code) stderr)))
         (commits (and (not failure)
                       (condition-case parse-error
                           ;; One JSON object per line, newest first.
                           (mapcar #'semdiff--parse (split-string stdout "\n" t "[ \t\r]+"))
                         (error (setq failure (format "unreadable output from semdiff: %s"
                                                      (error-message-string parse-error)))
                                nil)))))
    (if failure
        (semdiff--report-failure failure)
      (setq semdiff--last-error nil)
      (semdiff--history-redraw commits)
      (message "Running semdiff log...done"))))

(defun semdiff--history-redraw (commits)
  "Replace the buffer's contents with COMMITS, keeping visibility and point."
  (let ((inhibit-read-only t)
        (place (semdiff--place-at (point))))
    (erase-buffer)
    ;; As in `semdiff--redraw': the old tree gives sections their visibility.
    (magit-insert-section (semdiff-root-section)
      (magit-insert-heading
        (propertize (format "History of %s in %s" (plist-get semdiff--history :name)
                            (plist-get semdiff--history :path))
                    'font-lock-face 'magit-section-heading)
        (propertize (format "  %d commit%s from %s" (length commits)
                            (if (= (length commits) 1) "" "s")
                            (let ((revision (plist-get semdiff--history :revision)))
                              ;; A full commit id, as the review buffer's JSON gives it, is long.
                              (if (string-match-p "\\`[0-9a-f]\\{40\\}\\'" revision)
                                  (substring revision 0 7)
                                revision)))
                    'font-lock-face 'semdiff-secondary))
      ;; Authors and subjects are padded so that the changes line up.
      (let ((width (apply #'max 6 (mapcar (lambda (commit)
                                            (min 20 (string-width (semdiff--history-author commit))))
                                          commits)))
            (subject-width (apply #'max 10 (mapcar (lambda (commit)
                                                     (min 50 (string-width
                                                              (or (alist-get 'subject commit) ""))))
                                                   commits))))
        (dolist (commit commits)
          (semdiff--insert-commit commit width subject-width))))
    (setq semdiff--drawn t)
    (setq semdiff--header (string-replace
                           "%" "%%" (format "semdiff log --entity %s -- %s: %d commits"
                                            (plist-get semdiff--history :name)
                                            (plist-get semdiff--history :path)
                                            (length commits))))
    (setq header-line-format semdiff--header)
    (goto-char (apply #'semdiff--place-position place))
    (magit-section-update-highlight)
    (set-buffer-modified-p nil)))

(defun semdiff--history-author (commit)
  "Return the author's name of COMMIT, a log line."
  (or (alist-get 'name (alist-get 'author commit)) ""))

(defun semdiff--history-change (entity)
  "Return what became of ENTITY's name and path, or nil when neither changed."
  (let* ((old (alist-get 'old entity))
         (new (alist-get 'new entity))
         (names (and old new
                     (not (equal (alist-get 'qualified_name old) (alist-get 'qualified_name new)))
                     (format "%s → %s" (semdiff--entity-name old entity)
                             (semdiff--entity-name new entity))))
         (paths (and old new
                     (not (equal (alist-get 'path old) (alist-get 'path new)))
                     (format "%s → %s" (alist-get 'path old) (alist-get 'path new)))))
    (and (or names paths)
         (string-join (delq nil (list names (and paths (format "(%s)" paths)))) " "))))

(defun semdiff--insert-commit (commit width subject-width)
  "Insert COMMIT, a log line; its diff comes on TAB.
Its author is padded to WIDTH and its subject to SUBJECT-WIDTH."
  (let* ((entity (alist-get 'entity commit))
         (status (alist-get 'status entity))
         (change (semdiff--history-change entity)))
    (magit-insert-section section (semdiff-commit-section (alist-get 'commit commit) t)
      (oset section data commit)
      (magit-insert-heading
        (propertize (substring (alist-get 'commit commit) 0 7) 'font-lock-face 'semdiff-commit-hash)
        " "
        ;; The date is enough: the author's offset and time add little to a list.
        (propertize (substring (or (alist-get 'date commit) "") 0 10)
                    'font-lock-face 'semdiff-secondary)
        " "
        (propertize (truncate-string-to-width (semdiff--history-author commit) width nil ?\s)
                    'font-lock-face 'semdiff-secondary)
        " "
        (propertize (format "%-9s " status) 'font-lock-face (semdiff--status-face status))
        (truncate-string-to-width (or (alist-get 'subject commit) "") subject-width nil ?\s "…")
        "  "
        (semdiff--entity-details entity)
        (if change (propertize (concat "  " change) 'font-lock-face 'semdiff-entity-name) ""))
      (magit-insert-section-body
        (let ((index 0)
              (hunks (semdiff--shown-hunks entity)))
          (unless hunks
            (insert (propertize semdiff--unchanged-text 'font-lock-face 'semdiff-secondary)
                    "\n"))
          (dolist (hunk hunks)
            (semdiff--insert-hunk hunk index)
            (setq index (1+ index))))
        (semdiff--extend-ancestors section)))))

(defun semdiff-history-show ()
  "Review the commit at point with `semdiff-show'."
  (interactive)
  (let ((commit (or (semdiff--ancestor 'semdiff-commit-section) (user-error "No commit here"))))
    (semdiff-show (oref commit value))))

(defconst semdiff--history-help-commands
  '((magit-section-toggle . "expand or collapse (a commit shows the entity's diff)")
    (semdiff-history-show . "review the whole commit")
    (semdiff-history-refresh . "refresh, keeping what is expanded")
    (semdiff-show-process . "show the CLI's command and messages")
    (quit-window . "quit"))
  "The commands `semdiff-history-help' lists, with what each does.")

(defun semdiff-history-help ()
  "Show the keys of the history buffer."
  (interactive)
  (let ((map (current-local-map)))
    (with-help-window "*semdiff-help*"
      (princ "semdiff history keys\n\n")
      (dolist (entry semdiff--history-help-commands)
        (let ((keys (mapcar #'key-description (where-is-internal (car entry) map))))
          (when keys
            (princ (format "%-16s %s\n" (string-join keys ", ") (cdr entry)))))))))

(defvar semdiff-history-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map (kbd "RET") #'semdiff-history-show)
    (define-key map "g" #'semdiff-history-refresh)
    (define-key map "q" #'quit-window)
    (define-key map "?" #'semdiff-history-help)
    (define-key map "$" #'semdiff-show-process)
    map)
  "Keymap of `semdiff-history-mode'.")

(define-derived-mode semdiff-history-mode magit-section-mode "Semdiff-History"
  "The commits that changed one entity, newest first.
\\<semdiff-history-mode-map>
\\[magit-section-toggle] shows the entity's diff in a commit,
\\[semdiff-history-show] reviews the whole commit and
\\[semdiff-history-refresh] runs the history again.

\\{semdiff-history-mode-map}"
  :group 'semdiff
  (setq-local revert-buffer-function (lambda (&rest _) (semdiff-history-refresh)))
  (add-hook 'kill-buffer-hook #'semdiff--kill-processes nil t)
  (add-hook 'kill-buffer-hook #'semdiff--kill-log nil t))

;;;###autoload
(with-eval-after-load 'magit-diff
  ;; magit's diff transient (d in magit-status) reaches semdiff with S.
  (when (fboundp 'transient-append-suffix)
    (ignore-errors
      (transient-append-suffix 'magit-diff "c" '("S" "Semantic diff (semdiff)" semdiff)))))

(provide 'semdiff)
;;; semdiff.el ends here
