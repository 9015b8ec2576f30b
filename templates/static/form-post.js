// response_mode=form_post: send the answer on to the application at once.
document.getElementById("form-post").submit();
